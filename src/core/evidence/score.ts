/**
 * Relevance of an indexed sentence to a page claim, in [0, 1]: IDF-weighted coverage of the
 * language-independent keys (both ways), stemmed words as a same-language bonus, then the
 * look-alike guards: conflicting numbers, conflicting dates, far-apart publication, no shared topic,
 * different actors; and the agreements: same speaker, a denial aimed at the page's reporting source.
 */
import type { Claim } from '../types';
import { fieldOf, significantNumber, STANCE_CONCEPTS, type KeyField } from './keys';
import type { Entry } from './entry';

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
/** Publication within this many days costs nothing; beyond, the score decays to TIME_FLOOR over TIME_DECAY_DAYS. */
export const TIME_GRACE_DAYS = 45;
export const TIME_DECAY_DAYS = 365;
export const TIME_FLOOR = 0.3;
/** Bonuses (added, capped at 1). */
export const SAME_SPEAKER_BONUS = 0.08;
/** Share of the remaining distance to 1 a denial aimed at the page's report gains, when it covers this share of the topic. */
export const AIMED_AT_REPORT_BONUS = 0.35;
export const AIMED_MIN_SHARE = 0.5;

const DAY = 86_400_000;
const NO_CONTEXT: ReadonlySet<string> = new Set();
const RESPONSE_KINDS: ReadonlySet<string> = new Set(['denial', 'confirmation', 'no-comment']);

/** Inverse document frequency lookup supplied by the index. */
export type Idf = (key: string) => number;

/** Share of `from`'s weight found in `other`; keys in `ctx` (borrowed context) weigh CONTEXT_WEIGHT on either side. */
function coverage(from: readonly string[], other: ReadonlySet<string>, idf: Idf, words: boolean, fromCtx: ReadonlySet<string>, otherCtx: ReadonlySet<string>): number {
  let all = 0;
  let hit = 0;
  for (const k of from) {
    if ((fieldOf(k) === 'w') !== words) continue;
    const w = FIELD_WEIGHT[fieldOf(k)] * idf(k) * (fromCtx.has(k) ? CONTEXT_WEIGHT : 1);
    all += w;
    if (other.has(k)) hit += w * (otherCtx.has(k) ? CONTEXT_WEIGHT : 1);
  }
  return all > 0 ? hit / all : 0;
}

function dayOf(iso: string, fallbackYear?: number): number {
  const s = iso.startsWith('--') ? (fallbackYear ? `${fallbackYear}${iso.slice(1)}` : '') : iso;
  const t = s.length === 10 ? Date.parse(s) : NaN;
  return Number.isNaN(t) ? NaN : t / DAY;
}

/** Both name days and no pair is within DATE_TOLERANCE_DAYS (year-less dates compared within the page's year). */
function datesConflict(a: readonly string[], b: readonly string[], year?: number): boolean {
  const x = a.map((d) => dayOf(d, year)).filter((d) => !Number.isNaN(d));
  const y = b.map((d) => dayOf(d, year)).filter((d) => !Number.isNaN(d));
  if (x.length === 0 || y.length === 0) return false;
  return !x.some((d) => y.some((e) => Math.abs(d - e) <= DATE_TOLERANCE_DAYS));
}

/** Multiplier for publication distance. */
export function timeFactor(pagePublished?: string, evPublished?: string): number {
  const a = pagePublished ? Date.parse(pagePublished) : NaN;
  const b = evPublished ? Date.parse(evPublished) : NaN;
  if (Number.isNaN(a) || Number.isNaN(b)) return 1;
  const days = Math.abs(a - b) / DAY;
  if (days <= TIME_GRACE_DAYS) return 1;
  return Math.max(TIME_FLOOR, 1 - ((days - TIME_GRACE_DAYS) / TIME_DECAY_DAYS) * (1 - TIME_FLOOR));
}

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

/** The evidence sentence names the page's year (as a year number or a full date within the grace period). */
function mentionsTimeOf(e: Entry, pagePublished?: string): boolean {
  const t = pagePublished ? Date.parse(pagePublished) : NaN;
  if (Number.isNaN(t)) return false;
  const year = new Date(t).getUTCFullYear();
  if (e.numbers.some((n) => n === year && n >= YEAR_MIN && n <= YEAR_MAX)) return true;
  // Full dates and year-months ("у вересні 2024 року" → 2024-09, read as its 15th).
  return e.dates.some((d) => {
    const day = d.length === 10 ? Date.parse(d) : d.length === 7 ? Date.parse(`${d}-15`) : NaN;
    return !Number.isNaN(day) && Math.abs(day - t) / DAY <= TIME_GRACE_DAYS;
  });
}

function topicShare(topicQ: readonly string[], concepts: readonly string[]): number {
  return topicQ.length ? topicQ.filter((k) => concepts.includes(k)).length / topicQ.length : 1;
}

/** What the scorer needs to know about the page claim, computed once per query. */
export interface QueryInfo {
  claim: Claim;
  keys: string[];
  keySet: Set<string>;
  published?: string;
  /** People and countries in the claim other than its reporting source and report target (who the claim is about, and who says it). */
  actors: Set<string>;
}

/** Relevance of `e` (published `evPublished`) to the page claim; `isActor` tells people and countries from other entities. */
export function relevance(q: QueryInfo, e: Entry, evPublished: string | undefined, idf: Idf, isActor: (id: string) => boolean): number {
  const eSet = new Set(e.keys);
  const ctx = e.ctx ? new Set(e.ctx) : NO_CONTEXT;
  const cross = PAGE_SIDE * coverage(q.keys, eSet, idf, false, NO_CONTEXT, ctx) + (1 - PAGE_SIDE) * coverage(e.keys, q.keySet, idf, false, ctx, NO_CONTEXT);
  const words = e.lang === q.claim.lang ? coverage(q.keys, eSet, idf, true, NO_CONTEXT, ctx) : 0;
  let s = cross + WORD_BONUS * words * (1 - cross);
  const c = q.claim;
  const qn = c.numbers.filter(significantNumber);
  const en = e.numbers.filter(significantNumber);
  if (qn.length && en.length && !qn.some((v) => en.includes(v))) s *= NUMBER_CONFLICT;
  const year = q.published ? new Date(q.published).getUTCFullYear() : undefined;
  if (datesConflict(c.dates, e.dates, year)) s *= DATE_CONFLICT;
  const topicQ = c.concepts.filter((k) => !STANCE_CONCEPTS.has(k));
  if (topicQ.length) {
    const share = topicShare(topicQ, e.concepts);
    s *= share === 0 ? NO_SHARED_TOPIC : TOPIC_FLOOR + (1 - TOPIC_FLOOR) * share;
  }
  // "another pair of countries", "another visitor": each side has an actor the other lacks.
  // A denial's or confirmation's extra people are the ones answering (a spokesman), not another event's actors.
  if (!RESPONSE_KINDS.has(e.kind)) {
    const evActors = e.entities.filter((id) => id !== e.source && id !== e.target && isActor(id));
    const lacks = [...q.actors].some((a) => !e.entities.includes(a) && a !== e.speaker);
    if (lacks && evActors.some((a) => !q.actors.has(a))) s *= OTHER_ACTORS;
  }
  // "У вересні 2024 року Reuters повідомляло …" in a 2026 article is about 2024: the sentence's own dates count as its time.
  if (!mentionsTimeOf(e, q.published)) s *= timeFactor(q.published, evPublished);
  if (c.speaker && c.speaker === e.speaker) s += SAME_SPEAKER_BONUS;
  // A denial or confirmation aimed at the page's report, about the same thing, is what the reader most needs.
  const aimed = (e.target && (e.target === c.source || e.target === c.speaker)) || (c.target && (c.target === e.source || c.target === e.speaker));
  if (aimed && topicShare(topicQ, e.concepts) >= AIMED_MIN_SHARE) s += AIMED_AT_REPORT_BONUS * (1 - s);
  return Math.min(1, s);
}
