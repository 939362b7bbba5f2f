/**
 * Attribution cues of uk/ru/en news prose as token patterns. A pattern is a space-separated list of
 * token regexes (anchored, matched against normalized lowercase word tokens, apostrophes folded);
 * consecutive tokens must be consecutive words. Verb forms are spelled out rather than left to a
 * stemmer: news verbs of saying are few, and a bare prefix like "заяв" would also match the noun
 * "заява" ("заяву трьох розвідувальних служб" in seed 000 is not a cue).
 */

import { wordPattern, wordPatternOf, wordUnion, type WordTest } from './word-pattern';

export type CueFamily = 'say' | 'report' | 'deny' | 'confirm' | 'no-comment';

/** A compiled cue pattern. */
export interface CuePattern {
  family: CueFamily;
  tokens: WordTest[];
}

const SAY = [
  // uk
  'заяв(ив|ила|или|ило|ляє|ляють|ляв|ляла|ляли)', 'сказа(в|ла|ли|ло)', 'каже', 'кажуть', 'зазнач(ив|ила|или|ило|ає|ають|ав|ала|ало)', 'зауваж(ив|ила|или|ило|ує|ують)',
  'наголос(ив|ила|или|ило)', 'наголошу(є|ють)', 'наголошується', 'підкресл(ив|ила|или|ило|ює|юють)', 'відзнач(ив|ила|или|ило|ає|ають)', 'дода(в|ла|ли|ло|є|ють)', 'підсумува(в|ла|ли)',
  'вважа(є|ють|в|ла|ли)', 'запевни(в|ла|ли|ло)', 'запевня(є|ють)', 'написа(в|ла|ли|ло)', 'назва(в|ла|ли|ло)', 'поясни(в|ла|ли|ло)', 'розповіда(є|ють|в|ли)', 'розпові(в|ла|ли)',
  'застері(г|гла|гли)', 'закли(кав|кала|кали|кало|кає|кають)', 'попереди(в|ла|ли|ло)', 'висловив', 'висловила', 'висловили', 'висловило', 'засуди(в|ла|ли|ло)', 'звинувати(в|ла|ли|ло)', 'звинувачу(є|ють)', 'стверджу(є|ють|вав)', 'наполяга(є|ють|в)', 'повідоми(в|ла|ли)', 'повідомля(є|ють)',
  // ru
  'заяви(л|ла|ли|ло)', 'заявля(ет|ют|л|ла|ли)', 'сказал(а|и)?', 'говорит', 'отмети(л|ла|ли|ло)', 'отмеча(ет|ют|л)', 'отмечается', 'подчеркну(л|ла|ли|ло)', 'подчеркива(ет|ют)', 'добави(л|ла|ли|ло)',
  'счита(ет|ют)', 'назва(л|ла|ли|ло)', 'поясни(л|ла|ли|ло)', 'рассказа(л|ла|ли|ло)', 'предупреди(л|ла|ли|ло)', 'призва(л|ла|ли|ло)', 'утвержда(ет|ют|л)', 'уверя(ет|ют)', 'настаива(ет|ют|л)', 'сообщи(л|ла|ли)', 'осуди(л|ла|ли|ло)', 'обвини(л|ла|ли|ло)', 'обвиня(ет|ют)',
  // en
  'said', 'says', 'told', 'call(ed|s) on', 'call(ed|s) for', 'appealed', 'stated', 'added', 'noted', 'warned', 'insisted', 'claimed', 'argued', 'stressed', 'urged', 'announced', 'believes', 'wrote', 'condemned', 'accused', 'accuses',
];

const REPORT = [
  'пише', 'пишуть', 'писа(ло|ла|в|ли)', 'повідомля(є|ють)', 'повідоми(ло|ли)', 'переда(є|ють)', 'цитує', 'інформу(є|ють)', '(і|й)деться',
  'пишет', 'писал(а|о|и)?', 'сообща(ет|ют)', 'сообщи(ло|ли)', 'переда(ет|ют)', 'цитиру(ет|ют)', 'говорится',
  'reported', 'reports', 'writes',
];

const DENY = [
  'спростува(в|ла|ли|ло)', 'спростову(є|ють|вав|вали)', 'спросту(є|ють)', 'запереч(ує|ують|ив|ила|или|ило|ував|ували)', 'відки(нув|нула|нули|нуло|дає|дають)', 'відхил(ив|ила|или|ило|яє)',
  'не визна(є|ють|в|ла|ли)', 'не відповіда(є|ють) дійсності', 'не відповідають дійсності',
  'опроверг(ла|ли|ло)?', 'опроверга(ет|ют)', 'отрица(ет|ют|л|ла|ли)', 'отверг(ла|ли|ло)?', 'отверга(ет|ют)', 'не призна(ет|ют|л|ла|ли)', 'не соответству(ет|ют) действительности',
  'denied', 'denies', 'deny', 'denying', 'rejected', 'rejects', 'rejecting', 'dismissed', 'dismisses', 'refuted', 'refutes', 'rebuffed', 'not true', 'untrue',
];

const CONFIRM = ['підтверди(в|ла|ли|ло)', 'підтверджу(є|ють)', 'подтверди(л|ла|ли|ло)', 'подтвержда(ет|ют)', 'confirmed', 'confirms'];

const NO_COMMENT = [
  'утрима(вся|лася|лися|лось|лося) від коментар\\p{L}*', 'відмови(вся|лася|лися|лось) від коментар\\p{L}*', 'відмови(вся|лася|лися|лось) коментар\\p{L}*', 'відмови(вся|лася|лися|лось) коментувати',
  'воздерж(ался|алась|ались|алось) от комментари\\p{L}*', 'отказа(лся|лась|лись|лось) от комментари\\p{L}*', 'отказа(лся|лась|лись|лось) комментировать',
  'не коменту(є|ють|вали|вав|вала)', 'не прокоментува(в|ла|ли|ло)', 'не відповіли на запит\\p{L}*', 'не відповіла на запит\\p{L}*', 'не відповів на запит\\p{L}*',
  'не комментиру(ет|ют)', 'не прокомментирова(л|ла|ли|ло)', 'не ответи(л|ла|ли|ло) на запрос\\p{L}*', 'не ответи(л|ла|ли|ло) на просьбу',
  'declined to comment', 'refused to comment', 'did not respond', 'did not immediately respond', 'did not reply', 'did not immediately reply', 'did not return (a|requests)', 'did not immediately return', 'had no immediate comment', 'no comment',
  'could not be reached for comment',
];

/** Words that, a few words after "назвав"/"called", turn the saying into a denial ("назвав вигадкою"). */
export const FALSITY = wordPatternOf(/^(вигадк\p{L}*|фейк\p{L}*|неправд\p{L}*|брехн\p{L}*|безпідставн\p{L}*|безосновательн\p{L}*|лож\p{L}*|клевет\p{L}*|абсурдн\p{L}*|пропаганд\p{L}*|вкидк\p{L}*|вкид|вкидом|выдумк\p{L}*|вымысл\p{L}*|фальшивк\p{L}*|дезінформаці\p{L}*|дезинформаци\p{L}*|качк(а|ою|ой|у)|утк(а|ой|у)|groundless|disinformation|fiction|hoax|fabrication|false|baseless|fake|smears?|rumou?r|nonsense|lies?)$/u);
/** Naming verbs that combine with FALSITY. */
export const NAMING = wordPatternOf(/^(назва(в|ла|ли|ло|л)|call(ed|s)|called|назвавши|назвав|calling)$/);

// Token patterns compile to word sets (word-pattern.ts), not regexes: a cold content script would
// otherwise compile ~200 `u`-flag regexes on its first page.
function compile(family: CueFamily, list: string[]): CuePattern[] {
  return list.map((p) => ({ family, tokens: p.split(' ').map(wordPattern) }));
}

/** All cue patterns, longest first so "не визнає" wins over a one-word reading. */
export const CUES: CuePattern[] = [
  ...compile('no-comment', NO_COMMENT),
  ...compile('deny', DENY),
  ...compile('confirm', CONFIRM),
  ...compile('report', REPORT),
  ...compile('say', SAY),
].sort((a, b) => b.tokens.length - a.tokens.length);

/** One regex for every pattern's first token: most words start no cue, and one test rules them out. */
export const CUE_FIRST = wordUnion(CUES.map((p) => p.tokens[0]!));
/** Every longer pattern's second token: a word after "не"/"did" that is none of them rules all of them out. */
export const CUE_SECOND = wordUnion(CUES.filter((p) => p.tokens.length > 1).map((p) => p.tokens[1]!));

/** Where an attribution phrase puts the entity that follows it. */
export type PhraseRole = 'source' | 'speaker' | 'either';

/** An attribution phrase followed by its entity: "за даними X", "according to X". */
export interface PhrasePattern {
  role: PhraseRole;
  tokens: WordTest[];
}

const PHRASES: [PhraseRole, string][] = [
  ['source', 'за даними'], ['source', 'за інформацією'], ['source', 'за оцінками'], ['source', 'з посиланням на'], ['source', 'із посиланням на'], ['source', 'як (повідомляє|повідомило|повідомили|пише|писало|передає|зазначило|зазначили|повідомляють)'],
  ['source', 'по данным'], ['source', 'по информации'], ['source', 'по оценкам'], ['source', 'со ссылкой на'], ['source', 'как (сообщает|сообщило|сообщили|передает|пишет|отметило|отметили)'],
  ['source', 'citing'], ['source', 'as reported by'], ['source', 'цитує'], ['source', 'цитирует'],
  ['speaker', 'за словами'], ['speaker', 'за (його|її|їхніми) словами'], ['speaker', 'з (його|її|їхніх) слів'], ['speaker', 'по словам'], ['speaker', 'по (его|ее|их) словам'],
  ['either', 'according to'],
];

/** Attribution phrases, longest first. */
export const PHRASE_PATTERNS: PhrasePattern[] = PHRASES.map(([role, p]) => ({ role, tokens: p.split(' ').map(wordPattern) })).sort(
  (a, b) => b.tokens.length - a.tokens.length,
);

/** One regex for every phrase's first token. */
export const PHRASE_FIRST = wordUnion(PHRASE_PATTERNS.map((p) => p.tokens[0]!));
/** Every longer phrase's second token ("за" starts phrases, but "за кордоном" none). */
export const PHRASE_SECOND = wordUnion(PHRASE_PATTERNS.filter((p) => p.tokens.length > 1).map((p) => p.tokens[1]!));
