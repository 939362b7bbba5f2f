/**
 * Dates mentioned in uk/ru/en text: "20 травня", "28 лютого 2025 року", "20 мая", "March 21, 2025",
 * "28.02.2025", "у лютому 2022 року", "2022 року", "у середу" / "в среду" / "on Wednesday", "вчора".
 * `iso` is YYYY-MM-DD, or --MM-DD when the year is unknown, YYYY-MM for a month, YYYY for a year.
 * With `ref` (usually the article's publication time) a day without a year gets the year that puts it
 * in the recent past, and weekdays and "вчора"/"yesterday" resolve to the most recent such day on or
 * before `ref`; without `ref` they are omitted (they mean nothing on their own).
 */
import type { Lang } from '../types';
import { alternation, MONTHS, monthGroup, WEEKDAYS, wordKey } from './date-words';
import { asciiDigitRuns } from './ascii-digit';
import { FoldedVocabulary } from './folded-vocabulary';
import { literalTrie } from './literal-trie';
import { plainLower, plainRegExp } from './plain-case';

export interface DateMention {
  iso: string;
  start: number;
  end: number;
}

/** A day-month without a year is taken as last year's when it would fall this far after `ref`. */
export const FUTURE_TOLERANCE_DAYS = 60;
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;
const DAY_MS = 86_400_000;

const M = monthGroup();
const WD = `(${alternation(WEEKDAYS.keys())})`;
const END = '(?![\\p{L}\\p{Nd}])';
const BEGIN = '(?<![\\p{L}\\p{Nd}])';
const SP = '[ \\u00A0\\u202F]+';
const YEAR_SUFFIX = `(?:${SP}?(?:року|році|рік|р\\.|роках|года|году|год|г\\.|-го|-й|-м))?`;

type Kind = 'dmy' | 'mdy' | 'numeric' | 'iso' | 'my' | 'y' | 'weekday' | 'relative';
/**
 * What a pattern cannot match without: four ASCII digits in a row (a year; `\d` with the u flag), an ASCII
 * digit and a month name, a weekday, a relative day.
 */
type Needs = 'year' | 'month' | 'weekday' | 'relative';
/**
 * What a match begins with: a run of ASCII digits (BEGIN: no digit before it), a month name followed by
 * spaces and a digit run (monthStarts), or something else. The first two run sticky where they may begin.
 */
type Lead = 'digit' | 'month' | 'other';
const DEFS: { src: string; flags: string; kind: Kind; needs: Needs; lead: Lead }[] = [
  { src: `${BEGIN}(\\d{4})-(\\d{2})-(\\d{2})${END}`, flags: 'gu', kind: 'iso', needs: 'year', lead: 'digit' },
  { src: `${BEGIN}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${END}(?:${SP}?(?:року|р\\.|года|г\\.))?`, flags: 'gu', kind: 'numeric', needs: 'year', lead: 'digit' },
  { src: `${BEGIN}(\\d{1,2})(?:-?(?:го|е|th|st|nd|rd))?${SP}(?:of${SP})?${M}${END}(?:,?${SP}(\\d{4})${END}${YEAR_SUFFIX})?`, flags: 'giu', kind: 'dmy', needs: 'month', lead: 'digit' },
  { src: `${BEGIN}${M}${SP}(\\d{1,2})(?:st|nd|rd|th)?${END}(?:,?${SP}(\\d{4})${END})?`, flags: 'giu', kind: 'mdy', needs: 'month', lead: 'month' },
  { src: `${BEGIN}${M}${END}${SP}(\\d{4})${END}${YEAR_SUFFIX}`, flags: 'giu', kind: 'my', needs: 'month', lead: 'month' },
  { src: `${BEGIN}(\\d{4})(?:-(?:го|й|м|му|у|ий)${END}(?:${SP}(?:році|року|рік|году))?|${SP}?(?:року|році|рік|р\\.|роках|года|году|год|г\\.))(?!\\p{L})`, flags: 'giu', kind: 'y', needs: 'year', lead: 'digit' },
  { src: `${BEGIN}(?:in|since|by)${SP}(\\d{4})${END}`, flags: 'gu', kind: 'y', needs: 'year', lead: 'other' },
  { src: `${BEGIN}(?:у|в|во|on|last|this)${SP}${WD}${END}`, flags: 'giu', kind: 'weekday', needs: 'weekday', lead: 'other' },
  { src: `${BEGIN}(сьогодні|вчора|учора|позавчора|завтра|сегодня|вчера|позавчера|today|yesterday|tomorrow)${END}`, flags: 'giu', kind: 'relative', needs: 'relative', lead: 'other' },
];
/** Lowercase stems, one of which every month (resp. weekday, relative-day) form contains. */
const NEEDED: Record<Exclude<Needs, 'year'>, string[]> = {
  month: [...new Set([...MONTHS.keys()].map((k) => k.slice(0, 3)))],
  weekday: ['неділ', 'воскресен', 'sunday', 'понеділ', 'понедельн', 'monday', 'вівтор', 'вторник', 'tuesday', 'серед', 'сред', 'wednesday', 'четвер', 'thursday', 'ятниц', 'friday', 'субот', 'суббот', 'saturday'],
  relative: ['сьогодні', 'чора', 'завтра', 'сегодня', 'вчера', 'today', 'yesterday', 'tomorrow'],
};

/**
 * NEEDED as one test per kind: a regex of the literal stems (a trie, literal-trie.ts) finds any of them
 * in one scan (measured ~30% faster than an includes() per stem over every sentence). The stems hold only letters.
 */
const NEEDED_RE: Record<Exclude<Needs, 'year'>, RegExp> = {
  month: new RegExp(literalTrie(NEEDED.month)),
  weekday: new RegExp(literalTrie(NEEDED.weekday)),
  relative: new RegExp(literalTrie(NEEDED.relative)),
};
/** Either of the two: one scan rules both out for the many sentences that hold neither. */
const WEEKDAY_OR_RELATIVE = new RegExp(literalTrie([...NEEDED.weekday, ...NEEDED.relative]));

/**
 * A compiled pattern; `onLower`: it runs over the lowercased text (it had the `i` flag, now dropped).
 * Either `re`, global, for a scan of the whole text, or `at`, the same pattern sticky, tried only where
 * a match may begin: at the digit runs for a digit-led pattern, at monthStarts for a month-led one over
 * lowercased text (only the one that runs is compiled: a fresh worker pays for each).
 */
type Compiled = { kind: Kind; needs: Needs; lead: Lead; onLower: boolean } & ({ re: RegExp; at: null } | { re: null; at: RegExp });
let exact: Compiled[] | undefined;
let lowered: Compiled[] | undefined;
/**
 * The patterns as written (`lower` false) or, for plain text (plain-case.ts), the `i` ones without `i`
 * (they run over the lowercased text) and all without `u` (plainRegExp); built on first use.
 */
function patterns(lower: boolean): Compiled[] {
  if (lower) {
    return (lowered ??= DEFS.map((d) => {
      const flags = d.flags.replace('i', '');
      const common = { kind: d.kind, needs: d.needs, lead: d.lead, onLower: d.flags.includes('i') };
      return d.lead !== 'other' ? { ...common, re: null, at: plainRegExp(d.src, flags.replace('g', 'y')) } : { ...common, re: plainRegExp(d.src, flags), at: null };
    }));
  }
  return (exact ??= DEFS.map((d) => {
    const common = { kind: d.kind, needs: d.needs, lead: d.lead, onLower: false };
    return d.lead === 'digit' ? { ...common, re: null, at: new RegExp(d.src, d.flags.replace('g', 'y')) } : { ...common, re: new RegExp(d.src, d.flags), at: null };
  }));
}

/**
 * Each pattern (`lower`: for lowercased plain text) as a global regex, whichever way it runs, with what
 * its matches begin with: for tests of where they begin.
 */
export function datePatternsForTest(lower: boolean): readonly { re: RegExp; lead: Lead }[] {
  return patterns(lower).map((p) => ({ re: p.re ?? new RegExp(p.at.source, p.at.flags.replace('y', 'g')), lead: p.lead }));
}

/** Code units of the lowercase month forms: a month name in lowercased text is a run of these. */
const MONTH_CODES = new Set([...MONTHS.keys()].flatMap((k) => [...k].map((c) => c.charCodeAt(0))));
/** The characters of SP. */
const isDateSpace = (c: number): boolean => c === 0x20 || c === 0xa0 || c === 0x202f;
const DOT = 0x2e;

/**
 * Where a month-led pattern (mdy, my) may match in lowercased plain text, in increasing order: each
 * match is a month name (letters of MONTH_CODES, an abbreviation's dot), spaces (SP) and a digit run,
 * and begins where no letter precedes it (BEGIN). So from each digit run after spaces, back over the
 * spaces, a dot and the month letters: a match with that digit run can begin only there (any later
 * position has a letter before it). `runs`: where the text's digit runs begin (asciiDigitRuns).
 */
export function monthStarts(low: string, runs: readonly number[]): number[] {
  const out: number[] = [];
  for (const run of runs) {
    let p = run;
    while (p > 0 && isDateSpace(low.charCodeAt(p - 1))) p--;
    if (p === run) continue;
    const q = p > 0 && low.charCodeAt(p - 1) === DOT ? p - 1 : p;
    let s = q;
    while (s > 0 && MONTH_CODES.has(low.charCodeAt(s - 1))) s--;
    if (s < q) out.push(s);
  }
  return out;
}

const RELATIVE: Record<string, number> = {
  сьогодні: 0, вчора: -1, учора: -1, позавчора: -2, завтра: 1, сегодня: 0, вчера: -1, позавчера: -2, today: 0, yesterday: -1, tomorrow: 1,
};
/** "у середу, 20 травня": the explicit date that follows makes the weekday redundant. */
const DATE_FOLLOWS_SRC = `^,?${SP}\\d{1,2}${SP}${M}`;
let dateFollows: RegExp | undefined;
let dateFollowsLower: RegExp | undefined;
function dateFollowsRe(lower: boolean): RegExp {
  return lower ? (dateFollowsLower ??= plainRegExp(DATE_FOLLOWS_SRC, 'u')) : (dateFollows ??= new RegExp(DATE_FOLLOWS_SRC, 'iu'));
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const isoDay = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function validDay(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y ?? 2024, m, 0)).getUTCDate(); // 2024: a leap year allows --02-29
  return d <= days;
}

function validYear(y: number): boolean {
  return y >= YEAR_MIN && y <= YEAR_MAX;
}

/** The year for a day-month without one: `ref`'s, or the previous if that lands too far after `ref`. */
function inferYear(m: number, d: number, ref: Date): number {
  const y = ref.getUTCFullYear();
  const t = Date.UTC(y, m - 1, d);
  return t - ref.getTime() > FUTURE_TOLERANCE_DAYS * DAY_MS ? y - 1 : y;
}

function dayMonth(y: number | null, m: number, d: number, ref: Date | undefined): string | null {
  if (!validDay(y, m, d)) return null;
  if (y !== null) return validYear(y) ? `${y}-${pad(m)}-${pad(d)}` : null;
  if (ref) {
    const yy = inferYear(m, d, ref);
    return validDay(yy, m, d) ? `${yy}-${pad(m)}-${pad(d)}` : null;
  }
  return `--${pad(m)}-${pad(d)}`;
}

function resolve(kind: string, g: RegExpExecArray, text: string, end: number, ref: Date | undefined, lower: boolean): string | null {
  const num = (i: number): number => Number(g[i] ?? '');
  const month = (i: number): number => MONTHS.get(wordKey(g[i] ?? '')) ?? 0;
  switch (kind) {
    case 'iso':
      return dayMonth(num(1), num(2), num(3), undefined);
    case 'numeric':
      return dayMonth(num(3), num(2), num(1), undefined);
    case 'dmy':
      return dayMonth(g[3] ? num(3) : null, month(2), num(1), ref);
    case 'mdy':
      return dayMonth(g[3] ? num(3) : null, month(1), num(2), ref);
    case 'my':
      return validYear(num(2)) && month(1) ? `${num(2)}-${pad(month(1))}` : null;
    case 'y':
      return validYear(num(1)) ? String(num(1)) : null;
    case 'weekday': {
      if (!ref || dateFollowsRe(lower).test(text.slice(end, end + 30))) return null;
      const wd = WEEKDAYS.get(wordKey(g[1]!))!;
      const back = (ref.getUTCDay() - wd + 7) % 7;
      return isoDay(new Date(ref.getTime() - back * DAY_MS));
    }
    case 'relative':
      return ref ? isoDay(new Date(ref.getTime() + RELATIVE[wordKey(g[1]!)]! * DAY_MS)) : null;
    default:
      return null;
  }
}

/** What a caller already knows about the text it passes to parseDates, to skip scans. */
export interface DateHints {
  /**
   * No weekday name or relative day ("вчора", "today") occurs in the lowercased text as a whole word, so
   * those patterns need no scan: the claim detector reads it off its words (mayHoldDayWord of each
   * word's normalized form). Trusted: a wrong hint loses those dates.
   */
  noDayWords?: boolean;
  /** Likewise, no month name ("травня", "March", "Jan") occurs as a whole word (mayHoldMonthWord). */
  noMonthWords?: boolean;
}

/** Weekday names and relative days as whole words inside normalized word forms (folded-vocabulary.ts), built on first use. */
let dayWords: FoldedVocabulary | undefined;

/**
 * Whether a normalized word form (tokenize.ts `norm`) may hold a weekday name or a relative day. The
 * weekday and relative patterns match those only as whole words (BEGIN … END), which lie inside one
 * word token, whose norm holds them folded at the same offsets: a text none of whose words may hold
 * one holds none.
 */
export function mayHoldDayWord(norm: string): boolean {
  return (dayWords ??= new FoldedVocabulary([...WEEKDAYS.keys(), ...Object.keys(RELATIVE)], true)).holds(norm);
}

let monthWords: FoldedVocabulary | undefined;

/**
 * Whether a normalized word form may hold a month name (or its abbreviation) as a whole word, which is
 * how the day-month, month-day and month-year patterns take it (after a space or BEGIN, before END or
 * a space): a text none of whose words may hold one holds none. The 3-letter stem pre-check cannot
 * tell "стратегія" from "травня"; this can.
 */
export function mayHoldMonthWord(norm: string): boolean {
  return (monthWords ??= new FoldedVocabulary(MONTHS.keys(), true)).holds(norm);
}

/** Finds date mentions in `text`; `ref` anchors years, weekdays and relative days (see file comment). */
export function parseDates(text: string, lang: Lang = 'und', ref?: Date, hints: DateHints = {}): DateMention[] {
  if (typeof text !== 'string') throw new TypeError('parseDates: text must be a string');
  if (ref !== undefined && !(ref instanceof Date && Number.isFinite(ref.getTime()))) throw new TypeError('parseDates: ref must be a valid Date');
  void lang; // month and weekday names of all three languages are unambiguous, so all are always tried
  const out: DateMention[] = [];
  // On plain text the `i` patterns run without `i` over the lowercased text (plain-case.ts).
  const plain = plainLower(text);
  const lower = plain !== null;
  const low = plain ?? text.toLowerCase();
  // Skip patterns that cannot match (most sentences hold no digit and no weekday): a necessary
  // condition only, checked on the lowercased text, so on other text every pattern still runs.
  const named = lower && !hints.noDayWords && WEEKDAY_OR_RELATIVE.test(low);
  const runs = asciiDigitRuns(text);
  const digit = runs.starts.length > 0;
  // Plain text with no digit and no day word (most sentences): no pattern can match.
  if (lower && !digit && !named) return out;
  const taken = (s: number, e: number): boolean => out.some((o) => o.start < e && s < o.end);
  const can: Record<Needs, boolean> = {
    // Most sentences with a digit hold no year (four digits in a row), which spares the four year patterns.
    year: runs.longest >= 4,
    month: digit && (!lower || (!hints.noMonthWords && NEEDED_RE.month.test(low))),
    weekday: !lower || (named && NEEDED_RE.weekday.test(low)),
    relative: !lower || (named && NEEDED_RE.relative.test(low)),
  };
  const take = (m: RegExpExecArray, kind: Kind, hay: string, onLower: boolean): void => {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) return;
    const iso = resolve(kind, m, hay, end, ref, onLower);
    if (iso) out.push({ iso, start, end });
  };
  let months: number[] | undefined;
  for (const { re, kind, needs, lead, onLower, at } of patterns(lower)) {
    if (!can[needs]) continue;
    // Same offsets either way: lowercasing kept the length.
    const hay = onLower ? low : text;
    if (re === null) {
      // Tried only where a match may begin, in order, each after the last match (as a global scan goes on).
      const starts = lead === 'digit' ? runs.starts : (months ??= monthStarts(low, runs.starts));
      let from = 0;
      for (const s of starts) {
        if (s < from) continue;
        at.lastIndex = s;
        const m = at.exec(hay);
        if (!m) continue;
        from = s + m[0].length;
        take(m, kind, hay, onLower);
      }
      continue;
    }
    re.lastIndex = 0;
    for (let m = re.exec(hay); m; m = re.exec(hay)) take(m, kind, hay, onLower);
  }
  return out.sort((a, b) => a.start - b.start);
}
