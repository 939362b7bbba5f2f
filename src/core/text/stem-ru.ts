/**
 * Russian suffix stripper for matching, built like the Ukrainian one (stem-uk.ts): one longest-ending
 * removal over noun, adjective and verb endings with their theme suffixes, then epenthetic л and the
 * д/жд, г/ж/з alternations ("опроверг/опровержение", "подтвердил/подтверждение").
 *
 * Capitalized words may be names: noun/adjective endings only, and never -ов/-ев, which are the stem
 * of "Лавров", "Медведев", "Ростов" rather than a genitive plural.
 */
import { dropEpentheticL, endings, foldFinalConsonant, longestEnding, MIN_STEM } from './stem-rules';

const NOUN = [
  'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й', 'ом', 'ем', 'ой', 'ей', 'ою', 'ею', 'ам', 'ям', 'ами', 'ями',
  'ах', 'ях', 'ов', 'ев', 'ию', 'ия', 'ии', 'ие', 'ией', 'ием', 'иям', 'иями', 'иях', 'ью', 'ьи', 'ье', 'ья', 'ьев',
  'ьям', 'ьями', 'ьях',
];
const ADJ = [
  'ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ую', 'юю', 'ою', 'ею',
  'ых', 'их', 'ыми', 'ими',
];
const VERBAL_NOUN: [string[], string[]] = [
  ['а', 'я', 'е', 'ова', 'ева', 'ыва', 'ива'],
  ['ние', 'ния', 'нию', 'нием', 'нии', 'ний', 'ниям', 'ниями', 'ниях'],
];
const THEMES = ['а', 'я', 'и', 'е', 'у', 'ова', 'ева', 'ыва', 'ива', 'ну'];
const PAST_INF: [string[], string[]] = [THEMES, ['л', 'ла', 'ло', 'ли', 'ть', 'ти', 'в', 'вши', 'вшись', 'но']];
const PRESENT = [
  'ет', 'ют', 'ут', 'ит', 'ят', 'ат', 'ешь', 'ем', 'ете', 'ишь', 'им', 'ите', 'ает', 'ают', 'яет', 'яют', 'ует',
  'уют', 'ивает', 'ывает', 'ивают', 'ывают', 'ует', 'ает', 'ея', 'уя', 'ая', 'яя', 'ав', 'ив',
];
/** Bare past endings after a consonant-final root: "опровергла", "несли", "умерла". */
const BARE_PAST = new Set(['ла', 'ло', 'ли']);
const BARE_PAST_BEFORE = /[гкзсбпрхд]$/;

const ALL = endings([...NOUN, ...ADJ, ...PRESENT, ...BARE_PAST], VERBAL_NOUN, PAST_INF);
const NAME = endings([...NOUN.filter((e) => e !== 'ов' && e !== 'ев'), ...ADJ], VERBAL_NOUN);
const ADJ_ONLY = new Set(ADJ.filter((e) => !NOUN.includes(e)));
/** Names take adjective endings only after the stems of adjectival surnames and -ин/-ов names ("Путиным"). */
const NAME_ADJ_STEM = /(?:[сцз]к|ин|ын|ов|ев)$/;


function acceptRu(stem: string, ending: string): boolean {
  if (BARE_PAST.has(ending)) return BARE_PAST_BEFORE.test(stem);
  return true;
}

function acceptName(stem: string, ending: string): boolean {
  if (ADJ_ONLY.has(ending) && !NAME_ADJ_STEM.test(stem)) return false;
  return acceptRu(stem, ending);
}

/** Stems one Russian word (ё already folded to е). */
export function stemRu(word: string, capitalized: boolean): string {
  let w = word;
  if (!capitalized && w.length - 2 >= MIN_STEM + 1 && (w.endsWith('ся') || w.endsWith('сь'))) w = w.slice(0, -2);
  const e = capitalized ? longestEnding(w, NAME, MIN_STEM, acceptName) : longestEnding(w, ALL, MIN_STEM, acceptRu);
  let stem = e ? w.slice(0, w.length - e.length) : w;
  if (stem.endsWith('ь') && stem.length > MIN_STEM) stem = stem.slice(0, -1);
  stem = dropEpentheticL(stem);
  // "Коре-я" / "Кор-ею": a stem-final е/о is the other reading's ending vowel.
  if (stem.length > MIN_STEM && /[ео]$/.test(stem)) stem = stem.slice(0, -1);
  return foldFinalConsonant(stem);
}
