/**
 * Relevance of an indexed sentence to a page claim, in [0, 1]: IDF-weighted coverage of the
 * language-independent keys (both ways), stemmed words as a same-language bonus, then the
 * look-alike guards: conflicting numbers, conflicting dates, far-apart publication, no shared topic,
 * different actors; and the agreements: same speaker, a denial aimed at the page's reporting source.
 */
import type { Claim } from '../types';
import { fieldOf, significantNumber, STANCE_CONCEPTS, type KeyField } from './keys';
import type { Entry } from './entry';
import { FLAG_BORROWED, WORD_CODE } from './postings';

/** Field weights: a shared number or concept says more than a shared country. */
export const FIELD_WEIGHT: Record<KeyField, number> = { e: 1.0, c: 1.3, n: 1.6, d: 0.8, w: 0.7 };
/** Weight of keys an evidence sentence borrowed from its context (the previous sentence, the title). */
export const CONTEXT_WEIGHT = 0.5;
/** How much the page claim's side of the coverage counts (the rest is the evidence's side). */
const PAGE_SIDE = 0.7;
/** Word overlap can raise the score by at most this share of what is left. */
const WORD_BONUS = 0.35;
/** Multipliers of the look-alike guards. */
export const NUMBER_CONFLICT = 0.45;
export const DATE_CONFLICT = 0.55;
export const NO_SHARED_TOPIC = 0.4;
/** With some topic concepts shared, the multiplier rises from this floor to 1 with the share of the page's concepts matched. */
export const TOPIC_FLOOR = 0.6;
export const OTHER_ACTORS = 0.5;
/** Dates this many days apart still describe the same event (report on Tuesday, denial on Wednesday). */
export const DATE_TOLERANCE_DAYS = 3;
/**
 * Publication within this many days costs nothing; beyond, the score decays to TIME_FLOOR over
 * TIME_DECAY_DAYS (half a year: a story five months later on the same topic is most often another
 * story; dev sweep, session 2: 365 days / 0.3 kept 10 off-topic links at the threshold, 180 / 0.2 kept 6).
 */
export const TIME_GRACE_DAYS = 45;
export const TIME_DECAY_DAYS = 180;
export const TIME_FLOOR = 0.2;
/**
 * Event claims (a meeting, a visit, talks, exercises) describe one occurrence: another pair of
 * countries or another date is another event, not weaker evidence of this one.
 */
export const EVENT_CONCEPTS: ReadonlySet<string> = new Set(['meet', 'visit', 'negotiations', 'exercises']);
/** Multiplier when an event claim's counterparts are not all named, or its time does not match. */
export const EVENT_MISMATCH = 0.25;
/** An event's evidence must be dated (its own date, else its publication) within this many days of the page claim's event. */
export const EVENT_WINDOW_DAYS = 10;
/** Bonuses (added, capped at 1; before the look-alike guards, so they never lift another event over the threshold). */
export const SAME_SPEAKER_BONUS = 0.08;
/** Share of the remaining distance to 1 a denial aimed at the page's report gains, when it covers this share of the topic. */
export const AIMED_AT_REPORT_BONUS = 0.35;
export const AIMED_MIN_SHARE = 0.5;

const DAY = 86_400_000;
const RESPONSE_KINDS: ReadonlySet<string> = new Set(['denial', 'confirmation', 'no-comment']);

/** Field weights by the pool's field code (postings.ts FIELD_CODE order: e, c, n, d, w). */
const WEIGHT_BY_CODE = [FIELD_WEIGHT.e, FIELD_WEIGHT.c, FIELD_WEIGHT.n, FIELD_WEIGHT.d, FIELD_WEIGHT.w];

/** Coverage of the page claim by an evidence sentence, both ways (see coverageOf). */
export interface Coverage {
  page: number;
  ev: number;
  words: number;
}

/** An entry's keys as the index stores them: key ids pool[from..to) with flag bytes (postings.ts). */
export interface PooledKeys {
  pool: Int32Array;
  flags: Uint8Array;
  from: number;
  to: number;
}

/**
 * IDF-weighted coverage both ways over cross-language keys, and the page's word coverage:
 * page side = matched weight / the page claim's weight, evidence side = matched / the evidence's
 * weight; a key the evidence borrowed from context counts CONTEXT_WEIGHT on both sides.
 * `inQuery[k]` is 1 for the page claim's key ids; `idf(k)` is the IDF of key id k.
 */
export function coverageOf(q: QueryInfo, keys: PooledKeys, inQuery: Uint8Array, idf: (k: number) => number): Coverage {
  let evAll = 0;
  let hit = 0;
  let wordHit = 0;
  const { pool, flags, to } = keys;
  for (let i = keys.from; i < to; i++) {
    const k = pool[i]!;
    const f = flags[i]!;
    const code = f & 7;
    const isWord = code === WORD_CODE;
    const inQ = inQuery[k] === 1;
    if (isWord && !inQ) continue; // word weights only count where the page has the word
    const w = WEIGHT_BY_CODE[code]! * idf(k) * ((f & FLAG_BORROWED) !== 0 ? CONTEXT_WEIGHT : 1);
    if (!isWord) evAll += w;
    if (!inQ) continue;
    if (isWord) wordHit += w;
    else hit += w;
  }
  return { page: q.crossWeight > 0 ? hit / q.crossWeight : 0, ev: evAll > 0 ? hit / evAll : 0, words: q.wordWeight > 0 ? wordHit / q.wordWeight : 0 };
}

/** The page claim's total cross-language and word weights (once per query); `idf` by key string. */
export function queryWeights(keys: readonly string[], idf: (key: string) => number): { crossWeight: number; wordWeight: number } {
  let crossWeight = 0;
  let wordWeight = 0;
  for (const k of keys) {
    const w = FIELD_WEIGHT[fieldOf(k)] * idf(k);
    if (fieldOf(k) === 'w') wordWeight += w;
    else crossWeight += w;
  }
  return { crossWeight, wordWeight };
}

function dayOf(iso: string, fallbackYear?: number): number {
  const s = iso.startsWith('--') ? (fallbackYear ? `${fallbackYear}${iso.slice(1)}` : '') : iso;
  const t = s.length === 10 ? Date.parse(s) : NaN;
  return Number.isNaN(t) ? NaN : t / DAY;
}

/** Days (since the epoch) of ISO dates; year-less ones read in `year`; unreadable ones dropped. */
export function daysOf(dates: readonly string[], year?: number): number[] {
  return dates.map((d) => dayOf(d, year)).filter((d) => !Number.isNaN(d));
}

/** Both name days and no pair is within DATE_TOLERANCE_DAYS (year-less dates compared within the page's year). */
function datesConflict(x: readonly number[], b: readonly string[], year?: number): boolean {
  if (x.length === 0 || b.length === 0) return false;
  const y = daysOf(b, year);
  if (y.length === 0) return false;
  return !x.some((d) => y.some((e) => Math.abs(d - e) <= DATE_TOLERANCE_DAYS));
}

/** Multiplier for publication distance (times in ms since the epoch; NaN when unknown). */
export function timeFactor(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return 1;
  const days = Math.abs(a - b) / DAY;
  if (days <= TIME_GRACE_DAYS) return 1;
  return Math.max(TIME_FLOOR, 1 - ((days - TIME_GRACE_DAYS) / TIME_DECAY_DAYS) * (1 - TIME_FLOOR));
}

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

/** The evidence sentence names the page's year (as a year number or a full date within the grace period). */
function mentionsTimeOf(e: Entry, t: number): boolean {
  if (Number.isNaN(t)) return false;
  const year = new Date(t).getUTCFullYear();
  if (e.numbers.some((n) => n === year && n >= YEAR_MIN && n <= YEAR_MAX)) return true;
  // Full dates and year-months ("у вересні 2024 року" → 2024-09, read as its 15th).
  return e.dates.some((d) => {
    const day = d.length === 10 ? Date.parse(d) : d.length === 7 ? Date.parse(`${d}-15`) : NaN;
    return !Number.isNaN(day) && Math.abs(day - t) / DAY <= TIME_GRACE_DAYS;
  });
}

/** Years at least this far before the page's year make a sentence about another time. */
export const OLD_YEAR_GAP = 2;

/** The latest year an evidence sentence names when all its years are OLD_YEAR_GAP or more before the page's (and the claim names none of them). */
function olderYear(e: Entry, pageYear: number | undefined, claimNumbers: readonly number[]): number | undefined {
  if (pageYear === undefined) return undefined;
  const years = [...e.numbers.filter((n) => Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX), ...e.dates.filter((d) => /^\d{4}/.test(d)).map((d) => Number(d.slice(0, 4)))];
  if (years.length === 0 || years.some((y) => y > pageYear - OLD_YEAR_GAP || claimNumbers.includes(y))) return undefined;
  return Math.max(...years);
}

function topicShare(topicQ: readonly string[], concepts: readonly string[]): number {
  return topicQ.length ? topicQ.filter((k) => concepts.includes(k)).length / topicQ.length : 1;
}

/** What the scorer needs to know about the page claim, computed once per query. */
export interface QueryInfo {
  claim: Claim;
  /** The page's publication time in ms (NaN when unknown), its year, and the claim's dates as days. */
  publishedMs: number;
  year?: number;
  days: number[];
  /** Total weights of the claim's cross-language and word keys (queryWeights). */
  crossWeight: number;
  wordWeight: number;
  /** People and countries in the claim other than its reporting source and report target (who the claim is about, and who says it). */
  actors: Set<string>;
  /** The country a person belongs to (gazetteer), for matching an event's counterparts; none when not given. */
  countryOf?: (id: string) => string | undefined;
}

/** Per-query values derived from the claim (computed once, not per candidate). */
interface Derived {
  topic: string[];
  numbers: number[];
  actors: string[];
  /** The claim is about an event (EVENT_CONCEPTS) between at least two actors: sameEvent applies. */
  event: boolean;
}
const derived = new WeakMap<QueryInfo, Derived>();
function derive(q: QueryInfo): Derived {
  let d = derived.get(q);
  if (!d) {
    const topic = q.claim.concepts.filter((k) => !STANCE_CONCEPTS.has(k));
    const actors = [...q.actors];
    d = { topic, numbers: q.claim.numbers.filter(significantNumber), actors, event: actors.length >= 2 && topic.some((k) => EVENT_CONCEPTS.has(k)) };
    derived.set(q, d);
  }
  return d;
}

/**
 * Relevance of `e` (published at `evMs`, NaN when unknown; its key coverage `cov`) to the page claim;
 * `isActor` tells people and countries from other entities. Scores under `floor` may be returned as
 * an upper bound (still under `floor`) without the look-alike guards.
 */
export function relevance(q: QueryInfo, e: Entry, evMs: number, cov: Coverage, isActor: (id: string) => boolean, floor = 0): number {
  const cross = PAGE_SIDE * cov.page + (1 - PAGE_SIDE) * cov.ev;
  const words = e.lang === q.claim.lang ? cov.words : 0;
  let s = cross + WORD_BONUS * words * (1 - cross);
  const c = q.claim;
  const d = derive(q);
  const topicQ = d.topic;
  if (topicQ.length) {
    const share = topicShare(topicQ, e.concepts);
    s *= share === 0 ? NO_SHARED_TOPIC : TOPIC_FLOOR + (1 - TOPIC_FLOOR) * share;
  }
  if (c.speaker && c.speaker === e.speaker) s += SAME_SPEAKER_BONUS;
  // A denial or confirmation aimed at the page's report, about the same thing, is what the reader most needs.
  const aimed = (e.target && (e.target === c.source || e.target === c.speaker)) || (c.target && (c.target === e.source || c.target === e.speaker));
  if (aimed && topicQ.length > 0 && topicShare(topicQ, e.concepts) >= AIMED_MIN_SHARE) s += AIMED_AT_REPORT_BONUS * (1 - s);
  s = Math.min(1, s);
  // The guards below only lower the score: a sentence already under `floor` is out whatever they say
  // (the value returned is then an upper bound, still under `floor`); most candidates stop here.
  if (s < floor) return s;
  // The look-alike guards: another number, date, pair of actors or time.
  const qn = d.numbers;
  if (qn.length && e.numbers.length) {
    const en = e.numbers.filter(significantNumber);
    if (en.length && !qn.some((v) => en.includes(v))) s *= NUMBER_CONFLICT;
  }
  if (datesConflict(q.days, e.dates, q.year)) s *= DATE_CONFLICT;
  // "another pair of countries", "another visitor": each side has an actor the other lacks.
  // A denial's or confirmation's extra people are the ones answering (a spokesman), not another event's actors.
  if (!RESPONSE_KINDS.has(e.kind)) {
    const evActors = e.entities.filter((id) => id !== e.source && id !== e.target && isActor(id));
    const lacks = d.actors.some((a) => !e.entities.includes(a) && a !== e.speaker);
    if (lacks && evActors.some((a) => !q.actors.has(a))) s *= OTHER_ACTORS;
  }
  if (d.event && !sameEvent(q, d, e, evMs)) s *= EVENT_MISMATCH;
  // "У вересні 2024 року Reuters повідомляло …" in a 2026 article is about 2024: the sentence's own dates count as its time.
  if (!mentionsTimeOf(e, q.publishedMs)) s *= timeFactor(q.publishedMs, evMs);
  // "Нагадаємо, у вересні 2024 року Reuters повідомляло …" in 2026 evidence is about 2024, not about a 2026 page claim.
  const past = olderYear(e, q.year, c.numbers);
  if (past !== undefined) s *= timeFactor(q.publishedMs, Date.UTC(past, 6, 1));
  return s;
}

/**
 * Whether `e` can be about the page's event claim: it names every counterpart (a person also by their
 * country, a country also through one of its people) and its time (its own day-dates, else its
 * publication) is within EVENT_WINDOW_DAYS of the claim's (its day-dates, else the page's publication).
 */
function sameEvent(q: QueryInfo, d: Derived, e: Entry, evMs: number): boolean {
  const countryOf = q.countryOf;
  const named = new Set(e.entities);
  if (e.speaker) named.add(e.speaker);
  for (const id of e.entities) {
    const home = countryOf?.(id);
    if (home) named.add(home);
  }
  for (const a of d.actors) {
    if (named.has(a)) continue;
    const home = countryOf?.(a);
    // A person is matched by their country ("Xi" by "China"), unless the evidence names another person of it (Lavrov for Putin).
    if (home && named.has(home) && !e.entities.some((x) => x !== a && countryOf?.(x) === home && x !== home)) continue;
    return false;
  }
  const pageDays = q.days.length ? q.days : Number.isNaN(q.publishedMs) ? [] : [q.publishedMs / DAY];
  const evDays = daysOf(e.dates, q.year);
  const ev = evDays.length ? evDays : Number.isNaN(evMs) ? [] : [evMs / DAY];
  if (pageDays.length === 0 || ev.length === 0) return true;
  return pageDays.some((x) => ev.some((y) => Math.abs(x - y) <= EVENT_WINDOW_DAYS));
}
