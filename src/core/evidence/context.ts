/**
 * Context for thin evidence sentences. "МЗС Китаю спростувало повідомлення агентства на брифінгу" says
 * what was denied only through its article; "Тоді в Пекіні заявили, що нічого не знають про такий
 * проєкт" only through the sentence before it. Such a sentence (a denial, confirmation or no-comment,
 * or one with fewer than MIN_OWN_TOPIC topic keys) inherits the entities, topic concepts and numbers
 * of the previous sentence of its paragraph, or of the article's title when it opens its paragraph;
 * a denial without a target takes the media outlet that context names.
 */
import type { Article } from '../types';
import { conceptsOf } from '../claims/concepts';
import { loadGazetteer } from '../entities/gazetteer';
import { parseNumbers } from '../text/numbers';
import { words } from '../text/tokenize';
import type { Entry } from './entry';
import { claimKeys, STANCE_CONCEPTS } from './keys';
import { isReportingSource } from './origin';

/** A sentence with fewer own topic keys (concepts + significant numbers + non-speaker entities) than this borrows the title's. */
export const MIN_OWN_TOPIC = 3;

// A sentence that points back ("ці дані", "частина з них", "такий проєкт", "the report", "публікацію агентства"):
// only such a sentence, or a response (denial, confirmation, no comment), is about what its context is about.
// A thin sentence that does not ("У МЗС України очікують від Пекіна кроків") is about something of its own.
// Pronouns and demonstratives point at the content itself; "the report" points at the report as a thing
// (one can study it or comment on it without saying anything about its content).
const word = (alternatives: string[]): RegExp => new RegExp(`(?:^|[^\\p{L}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'iu');
const CONTENT_ANAPHORA = word([
  'ц(?:ей|я|е|і|их|ього|ю|ими|им)', 'так(?:ий|а|е|і|ого|ої|их|у)', 'тоді', 'них', 'їх', // uk
  'эт(?:от|а|о|и|их|ого|у|ой|ими|им)', 'так(?:ой|ая|ое|ие|ого|ую)', 'тогда', 'их', // ru
  'this', 'these', 'those', 'such', 'them', // en
]);
const REPORT_REFERENCE = word([
  'the (?:report|claim|story|publication|allegations?)',
  '(?:публікаці|повідомлен|дан|публикаци|сообщени|данн)\\p{L}* (?:агентства|видання|издания)',
  'за даними агентства',
  'по данным агентства',
]);

/** Whether the sentence refers back to what was said before it (CONTENT_ANAPHORA or REPORT_REFERENCE). */
export function refersBack(text: string): boolean {
  return CONTENT_ANAPHORA.test(text) || REPORT_REFERENCE.test(text);
}

/** Whether the sentence refers back to the content itself ("частина з них", "ці дані"), not just to "the report". */
export function refersToContent(text: string): boolean {
  return CONTENT_ANAPHORA.test(text);
}

/** What a title says, in claim fields. */
export interface TitleInfo {
  entities: string[];
  concepts: string[];
  numbers: number[];
  /** Only a previous sentence passes dates on ("У вересні 2024 року … . Тоді в Пекіні заявили …"). */
  dates?: string[];
}

/** The context fields of a sentence (the previous sentence's, for the one after it). */
export function sentenceInfo(c: TitleInfo): TitleInfo {
  return { entities: c.entities, concepts: c.concepts, numbers: c.numbers, dates: c.dates ?? [] };
}

/** The entities, concepts and numbers of an article's title. */
export function titleInfo(a: Pick<Article, 'title' | 'lang' | 'published'>): TitleInfo {
  const title = a.title ?? '';
  if (!title.trim()) return { entities: [], concepts: [], numbers: [] };
  const entities = [...new Set(loadGazetteer().match(title, a.lang, a.published ? { date: a.published.slice(0, 10) } : {}).map((m) => m.id))];
  const concepts = conceptsOf(words(title), a.lang);
  const numbers = parseNumbers(title, a.lang).map((n) => n.value);
  return { entities, concepts, numbers };
}

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

/**
 * `e` with its context added when it is thin (see the module comment); returns `e` itself otherwise.
 * `context` may be a function, called only when the sentence is thin (an article's title is analysed
 * only if one of its sentences needs it).
 */
export function withContext(e: Entry, context: TitleInfo | (() => TitleInfo)): Entry {
  const own = e.concepts.filter((k) => !STANCE_CONCEPTS.has(k)).length + e.numbers.length + e.entities.filter((x) => x !== e.speaker && x !== e.target).length;
  const stanceKind = e.kind === 'denial' || e.kind === 'confirmation' || e.kind === 'no-comment' || e.concepts.includes('deny');
  if (!stanceKind && (own >= MIN_OWN_TOPIC || !refersBack(e.text))) return e;
  if (stanceKind && own >= MIN_OWN_TOPIC + 2) return e;
  const t = typeof context === 'function' ? context() : context;
  if (t.entities.length + t.concepts.length === 0) return e;
  const out: Entry = {
    ...e,
    entities: uniq([...e.entities, ...t.entities]),
    concepts: uniq([...e.concepts, ...t.concepts.filter((k) => !STANCE_CONCEPTS.has(k))]),
    numbers: uniq([...e.numbers, ...t.numbers]),
    dates: e.dates.length ? e.dates : (t.dates ?? []),
  };
  if (e.kind === 'denial' && !e.target) {
    const media = t.entities.find((x) => isReportingSource(x) && x !== e.speaker);
    if (media) out.target = media;
  }
  out.keys = claimKeys({ ...out, text: e.text });
  const ownKeys = new Set(e.keys);
  const ctx = out.keys.filter((k) => !ownKeys.has(k));
  if (ctx.length) out.ctx = ctx;
  return out;
}
