/**
 * Numbers mentioned in uk/ru/en text, for matching claims by quantity ("близько 200 військових",
 * "912 490", "1,5 млн", "25%", "понад 800 тисяч", "two hundred"). `value` is the full magnitude
 * (1,5 млн → 1 500 000) so differently written mentions compare equal; `unit` records the scale word
 * or kind. Dates ("28.02.2025") and clock times ("17:59") are not numbers here (see dates.ts).
 */
import type { Lang } from '../types';
import { monthGroup } from './date-words';
import { isNumberWord, mayBeNumberWord, wordNumberAt, wordNumberStart } from './number-words';
import { asciiDigitRuns } from './ascii-digit';
import { plainLower, plainRegExp, withoutI } from './plain-case';

export type NumberUnit = 'percent' | 'thousand' | 'million' | 'billion' | 'trillion' | 'year' | 'ordinal';
export type NumberQualifier = 'over' | 'under' | 'about' | 'at-least' | 'up-to';
export type Currency = 'USD' | 'EUR' | 'UAH' | 'RUB' | 'GBP';

/** One number mention; `text.slice(start, end)` covers the number and its scale/unit words. */
export interface NumberMention {
  value: number;
  start: number;
  end: number;
  unit?: NumberUnit;
  qualifier?: NumberQualifier;
  currency?: Currency;
}

/** Years plausible in news text; a 4-digit number in this range followed by "року"/"year" is a year. */
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

const SP = '[ \\u00A0\\u202F\\u2009]';
// en: "1,500,000" groups thousands; uk/ru: "1,5" is a decimal comma. Spaces group thousands everywhere.
const NUM_EN = new RegExp(`(?<![\\p{L}\\p{Nd}.,])(\\d{1,3}(?:${SP}\\d{3})+(?![.,]?\\d)|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?!\\d)`, 'gu');
const NUM_CYR = new RegExp(`(?<![\\p{L}\\p{Nd}.,])(\\d{1,3}(?:${SP}\\d{3})+(?:,\\d+)?(?![.,]?\\d)|\\d+(?:[.,]\\d+)?)(?!\\d)`, 'gu');
/** dd.mm.yyyy, hh:mm: skipped whole. Sticky, tried where a number begins (it spans 10 characters at most). */
const DATE_OR_TIME = /\d{1,2}(?:\.\d{1,2}\.\d{2,4}|:\d{2})/y;
/** The day of "20 травня" / "March 21" is a date (dates.ts), not a quantity. */
const MONTH_AFTER_SRC = `^(?:-?(?:го|е|th|st|nd|rd))?${SP}+(?:of${SP}+)?${monthGroup()}(?![\\p{L}])`;
const MONTH_BEFORE_SRC = `${monthGroup()}${SP}+$`;
/** The month tests as written (`iu`) and, for lowercased plain text (plain-case.ts), without `i`; built on first use. */
const monthRes: Partial<Record<'after' | 'before' | 'afterLower' | 'beforeLower', RegExp>> = {};
function monthAfter(lower: boolean): RegExp {
  return lower ? (monthRes.afterLower ??= plainRegExp(MONTH_AFTER_SRC, 'u')) : (monthRes.after ??= new RegExp(MONTH_AFTER_SRC, 'iu'));
}
function monthBefore(lower: boolean): RegExp {
  return lower ? (monthRes.beforeLower ??= plainRegExp(MONTH_BEFORE_SRC, 'u')) : (monthRes.before ??= new RegExp(MONTH_BEFORE_SRC, 'iu'));
}
/** A letter (`\p{L}`), for characters outside the fast ranges of isRunCode. */
const LETTER_CP = /^\p{L}$/u;
/** `\p{L}` per BMP code unit, filled on first sight: 0 not seen yet, 1 letter, 2 not. */
const BMP_LETTER = new Uint8Array(0x10000);

/**
 * Whether code unit `c` of plain text is a letter or an apostrophe (what `[\p{L}'’ʼ]` matches with
 * the u flag). Plain text (plain-case.ts) holds no surrogates, so every such character is one code unit.
 */
function isRunCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0x27;
  if (c >= 0x410 && c <= 0x44f) return true; // А-я: most of what the scan sees
  if (c === 0x2019 || c === 0x2bc) return true;
  let k = BMP_LETTER[c]!;
  if (k === 0) BMP_LETTER[c] = k = LETTER_CP.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/**
 * Number words of plain text: each whole run of letters and apostrophes (what
 * `/(?<![\p{L}'’ʼ])[\p{L}'’ʼ]+/gu` finds) that is in the vocabulary starts a spelled-out number
 * (wordNumber), and the search goes on after it. One pass over the characters and no array per run:
 * this runs over every sentence, and a run array per word made it cost more than the digit patterns.
 */
function scanNumberWords(text: string, low: string, out: NumberMention[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isRunCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isRunCode(text.charCodeAt(j))) j++;
    const next = mayBeNumberWord(low, i, j) && isNumberWord(low.slice(i, j)) ? wordNumber(text, i, out, low) : null;
    if (next === null) {
      i = j;
      continue;
    }
    // A mention that ends inside a run: that run's rest is not a whole run; go on after it.
    i = next;
    if (i > 0 && i < n && isRunCode(text.charCodeAt(i - 1))) while (i < n && isRunCode(text.charCodeAt(i))) i++;
  }
}
/** Phone numbers, codes and addresses ("044-205-43-00", "R40-06068", "208/1"): not quantities. */
// The letters of "R40-06068" are tried only where a run of letters begins (`(?<!\p{L})`): a global scan
// finds the same matches (if a match begins inside a run, one begins at the run's start, and no match
// ends inside a run of letters), without trying, at every letter of every word, letters then a digit.
export const CODE_LIKE = /(?:\d+[-/]){2,}\d+|(?<!\p{L})\p{L}+\d+[-/]\d+|\d+\/\d+/gu;
/** Each number pattern (as written or lowered) sticky, built on first use: tried only where a digit run begins. */
const stickies = new Map<RegExp, RegExp>();
function stickyOf(re: RegExp): RegExp {
  let out = stickies.get(re);
  if (!out) stickies.set(re, (out = new RegExp(re.source, re.flags.replace('g', 'y'))));
  return out;
}

/** The number patterns as the parser runs them, globally (`lower`: for lowercased plain text): for tests of where they begin. */
export function numberPatternsForTest(lower: boolean): RegExp[] {
  return [NUM_EN, NUM_CYR].map((re) => pick(re, lower ? '' : null));
}

/** Word end for Cyrillic too (`\b` is ASCII-only in JS regexes). */
const END = '(?![\\p{L}\\p{Nd}])';
const rx = (alts: string): RegExp => new RegExp(`^(?:${alts})${END}`, 'iu');
const SCALES: [RegExp, NumberUnit, number][] = [
  [rx('тисячами|тисячі|тисяча|тисячу|тисяч|тис\\.|тис|тысячами|тысячи|тысяча|тысячу|тысяч|тыс\\.|тыс|thousands|thousand|k'), 'thousand', 1e3],
  [rx('мільйонами|мільйонів|мільйона|мільйони|мільйон|млн\\.|млн|миллионами|миллионов|миллиона|миллионы|миллион|millions|million|mln|m'), 'million', 1e6],
  [rx('мільярдами|мільярдів|мільярда|мільярди|мільярд|млрд\\.|млрд|миллиардами|миллиардов|миллиарда|миллиарды|миллиард|billions|billion|bn'), 'billion', 1e9],
  [rx('трильйонів|трильйона|трильйони|трильйон|трлн\\.|трлн|триллионов|триллиона|триллионы|триллион|trillions|trillion'), 'trillion', 1e12],
];
const PERCENT = /^(?:%|(?:відсотками|відсотків|відсотка|відсотки|відсоток|процентов|процента|проценты|процент|percent|per cent|pct)(?![\p{L}]))/iu;
const YEAR_WORD = rx('роках|року|році|рік|р\\.|рр\\.|годах|году|год|гг\\.|г\\.|-го|-му|-м|-й');
const ORDINAL = rx('-?(?:ого|ому|го|ий|ій|ая|ое|ый|й|ї|те|ту|th|st|nd|rd)');
const CURRENCY_AFTER: [RegExp, Currency][] = [
  [/^(?:\$|(?:доларів|долари|долара|долар|долларов|доллара|доллары|доллар|dollars|dollar|USD)(?![\p{L}])|дол\.|долл\.)/iu, 'USD'],
  [/^(?:€|(?:євро|евро|euros|euro|EUR)(?![\p{L}]))/iu, 'EUR'],
  [/^(?:₴|(?:гривнями|гривень|гривні|гривня|грн|UAH)(?![\p{L}])\.?)/iu, 'UAH'],
  [/^(?:₽|(?:рублями|рублів|рублей|рубля|рублі|рубли|руб|RUB)(?![\p{L}])\.?)/iu, 'RUB'],
  [/^(?:£|(?:фунтів|фунтов|pounds|pound|GBP)(?![\p{L}]))/iu, 'GBP'],
];
const CURRENCY_BEFORE: Record<string, Currency> = { $: 'USD', '€': 'EUR', '£': 'GBP', '₴': 'UAH', '₽': 'RUB' };
/** Words before a number that qualify it, in the order they are tried (the first kind that ends right before the number's spaces wins). */
export const QUALIFIER_WORDS: [string[], NumberQualifier][] = [
  [['понад', 'більше ніж', 'більш ніж', 'більш як', 'більше за', 'свыше', 'более', 'больше', 'over', 'more than'], 'over'],
  [['менше ніж', 'менш ніж', 'менше', 'менее', 'меньше', 'less than', 'under', 'fewer than'], 'under'],
  [['близько', 'приблизно', 'майже', 'орієнтовно', 'около', 'примерно', 'почти', 'about', 'around', 'nearly', 'almost', 'approximately', 'some'], 'about'],
  [['щонайменше', 'принаймні', 'не менше ніж', 'не менее', 'как минимум', 'at least'], 'at-least'],
  [['до', 'up to'], 'up-to'],
];
/** How far before a number its qualifier may begin. */
export const QUALIFIER_REACH = 24;
/** QUALIFIER_WORDS as regexes over the text before a number (for text that is not plain, plain-case.ts). */
const QUALIFIERS: [RegExp, NumberQualifier][] = QUALIFIER_WORDS.map(([words, q]) => [new RegExp(`(?:${words.join('|')})\\s+$`, 'iu'), q]);
/** The qualifier words of lowercased plain text by their last code unit, in QUALIFIER_WORDS order. */
const QUALIFIERS_BY_LAST = new Map<number, [string, NumberQualifier][]>();
for (const [words, q] of QUALIFIER_WORDS) {
  for (const w of words) {
    const last = w.charCodeAt(w.length - 1);
    const list = QUALIFIERS_BY_LAST.get(last);
    if (list) list.push([w, q]);
    else QUALIFIERS_BY_LAST.set(last, [[w, q]]);
  }
}

/** What `\s` matches (with or without the u flag). */
function isRegExpSpace(c: number): boolean {
  return c === 0x20 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * What QUALIFIERS find in `low.slice(max(0, at - QUALIFIER_REACH), at)` (lowercased plain text), without a
 * regex tried at every position of it: a qualifier word ends with a letter and then spaces up to `at`,
 * so it ends where the spaces before `at` begin; the first kind with a word ending there, within reach, wins.
 */
export function qualifierBefore(low: string, at: number): NumberQualifier | undefined {
  const from = Math.max(0, at - QUALIFIER_REACH);
  let p = at;
  while (p > from && isRegExpSpace(low.charCodeAt(p - 1))) p--;
  if (p === at || p === from) return undefined;
  const list = QUALIFIERS_BY_LAST.get(low.charCodeAt(p - 1));
  if (list) for (const [w, q] of list) if (p - w.length >= from && low.startsWith(w, p - w.length)) return q;
  return undefined;
}

function parseCore(raw: string, lang: Lang): number {
  const compact = raw.replace(/[ \u00A0\u202F\u2009]/g, '');
  if (lang === 'en' && /,\d{3}(?!\d)/.test(compact)) return Number(compact.replace(/,/g, ''));
  return Number(compact.replace(',', '.'));
}

/** `re` as written, or without `i` when matching the lowercased plain text (plain-case.ts). */
const pick = (re: RegExp, low: string | null): RegExp => (low !== null ? withoutI(re) : re);

/** The suffix patterns of one kind of text: as written, or for lowercased plain text (withoutI). */
interface SuffixPatterns {
  scales: [RegExp, NumberUnit, number][];
  percent: RegExp;
  currency: [RegExp, Currency][];
  year: RegExp;
  ordinal: RegExp;
}
const WRITTEN: SuffixPatterns = { scales: SCALES, percent: PERCENT, currency: CURRENCY_AFTER, year: YEAR_WORD, ordinal: ORDINAL };
let lowered: SuffixPatterns | undefined;
/** The suffix patterns for `low` (null: text as written); the lowered ones built on first use, not looked up per pattern per mention. */
function suffixPatterns(low: string | null): SuffixPatterns {
  if (low === null) return WRITTEN;
  return (lowered ??= {
    scales: SCALES.map(([re, unit, mult]) => [withoutI(re), unit, mult]),
    percent: withoutI(PERCENT),
    currency: CURRENCY_AFTER.map(([re, cur]) => [withoutI(re), cur]),
    year: withoutI(YEAR_WORD),
    ordinal: withoutI(ORDINAL),
  });
}

/** The spaces a suffix may follow the number after (SP). */
function isNumberSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Whether `s.slice(start, end)` is one or more ASCII digits (`/^\d+$/`). */
function digitsOnly(s: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Extends a mention with what follows (scale, percent, year/ordinal suffix, currency); `low`: plainLower(text). */
function suffixes(text: string, m: NumberMention, low: string | null): void {
  const hay = low ?? text;
  const pats = suffixPatterns(low);
  // What follows the mention (one leading space dropped), sliced again only when the mention grew:
  // up to a dozen suffix patterns are tried on it.
  let afterAt = -1;
  let afterText = '';
  const after = (): string => {
    if (afterAt !== m.end) {
      afterAt = m.end;
      afterText = hay.slice(m.end + gap(), m.end + 24);
    }
    return afterText;
  };
  // The one space that after() drops (the spaces are their own lowercase: text or hay alike).
  const gap = (): number => (isNumberSpace(text.charCodeAt(m.end)) ? 1 : 0);
  for (const [re, unit, mult] of pats.scales) {
    const hit = re.exec(after());
    if (hit) {
      m.value = Math.round(m.value * mult * 1000) / 1000;
      m.unit = unit;
      m.end += gap() + hit[0].length;
      break;
    }
  }
  const pct = pats.percent.exec(after());
  if (pct && !m.unit) {
    m.unit = 'percent';
    m.end += gap() + pct[0].length;
    return;
  }
  for (const [re, cur] of pats.currency) {
    const hit = re.exec(after());
    if (hit) {
      m.currency = cur;
      m.end += gap() + hit[0].length;
      return;
    }
  }
  if (m.unit) return;
  const year = m.end - m.start === 4 && digitsOnly(text, m.start, m.end) && m.value >= YEAR_MIN && m.value <= YEAR_MAX ? pats.year.exec(after()) : null;
  if (year) {
    m.unit = 'year';
    m.end += gap() + year[0].length;
    return;
  }
  const ord = digitsOnly(text, m.start, m.end) ? pats.ordinal.exec(hay.slice(m.end, m.end + 6)) : null;
  if (ord) {
    m.unit = 'ordinal';
    m.end += ord[0].length;
  }
}

function prefixes(text: string, m: NumberMention, low: string | null): void {
  const cur = m.start > 0 ? CURRENCY_BEFORE[text[m.start - 1]!] : undefined;
  if (cur && !m.currency) {
    m.currency = cur;
    m.start -= 1;
  }
  if (low !== null) {
    const q = qualifierBefore(low, m.start);
    if (q) m.qualifier = q;
    return;
  }
  for (const [re, q] of QUALIFIERS) {
    if (re.test(text.slice(Math.max(0, m.start - QUALIFIER_REACH), m.start))) {
      m.qualifier = q;
      break;
    }
  }
}

/** What a caller already knows about the text it passes to parseNumbers, to skip scans. */
export interface NumberHints {
  /**
   * No number word occurs in the text, so plain text needs no number-word scan: the claim detector
   * reads it off its words (mayHoldNumberWord of each word's normalized form). Trusted: a wrong hint
   * loses spelled-out numbers.
   */
  noNumberWords?: boolean;
}

/** Finds number mentions in `text` (digits with grouping/decimals, scale words, percents, number words). */
export function parseNumbers(text: string, lang: Lang = 'und', hints: NumberHints = {}): NumberMention[] {
  if (typeof text !== 'string') throw new TypeError('parseNumbers: text must be a string');
  const out: NumberMention[] = [];
  const codes: [number, number][] = [];
  const low = plainLower(text);
  // Every digit pattern needs an ASCII digit (`\d` with the u flag); most sentences have none. A
  // number begins where a digit run does (no digit before it): the pattern runs sticky there.
  const runs = asciiDigitRuns(text);
  // On plain text the digit patterns run without `u` too (plain-case.ts: same matches, cheaper).
  const codeLike = low !== null ? withoutI(CODE_LIKE) : CODE_LIKE;
  codeLike.lastIndex = 0;
  // Every CODE_LIKE match holds a digit, "-" or "/", a digit: most sentences with digits have none.
  if (runs.joined) for (let c = codeLike.exec(text); c; c = codeLike.exec(text)) codes.push([c.index, c.index + c[0].length]);
  const re = runs.starts.length ? stickyOf(pick(lang === 'en' ? NUM_EN : NUM_CYR, low)) : NUM_CYR;
  // Where a global scan would go on: each run from here on is tried, in order.
  let next = 0;
  for (const s of runs.starts) {
    if (s < next) continue;
    re.lastIndex = s;
    const hit = re.exec(text);
    if (!hit) continue;
    next = re.lastIndex;
    DATE_OR_TIME.lastIndex = hit.index;
    if (DATE_OR_TIME.test(text)) {
      next = hit.index + (/^[\d.:]+/.exec(text.slice(hit.index))?.[0].length ?? 1);
      continue;
    }
    const at = hit.index;
    if (codes.some(([a, b]) => a <= at && at < b)) continue;
    const hay = low ?? text;
    if (monthAfter(low !== null).test(hay.slice(hit.index + hit[0].length, hit.index + hit[0].length + 16))) continue;
    if (/^\d{1,2}$/.test(hit[1]!) && monthBefore(low !== null).test(hay.slice(Math.max(0, at - 12), at))) continue;
    // A leading zero ("044", "007") is a code, not a quantity; "0,5" is fine.
    if (/^0\d/.test(hit[1]!)) continue;
    const value = parseCore(hit[1]!, lang);
    if (!Number.isFinite(value)) continue;
    const m: NumberMention = { value, start: hit.index, end: hit.index + hit[0].length };
    suffixes(text, m, low);
    prefixes(text, m, low);
    out.push(m);
    next = Math.max(next, m.end);
  }
  // On plain text a number word is a whole run of letters and apostrophes found in the vocabulary:
  // what wordNumberStart() matches (its lookarounds admit only whole runs), without compiling its
  // ~200-word case-insensitive alternation. Other text takes the regex.
  if (low !== null) {
    if (!hints.noNumberWords) scanNumberWords(text, low, out);
  } else {
    const starts = wordNumberStart();
    starts.lastIndex = 0;
    for (let hit = starts.exec(text); hit; hit = starts.exec(text)) {
      const next = wordNumber(text, hit.index, out, low);
      if (next !== null) starts.lastIndex = next;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Adds the number spelled out at `at` to `out` unless it overlaps one there; returns where the search goes on, or null. */
function wordNumber(text: string, at: number, out: NumberMention[], low: string | null): number | null {
  const w = wordNumberAt(text, at);
  if (!w || out.some((o) => o.start < w.end && w.start < o.end)) return null;
  const m: NumberMention = { value: w.value, start: w.start, end: w.end };
  if (w.unit) m.unit = w.unit;
  if (!w.unit) suffixes(text, m, low);
  prefixes(text, m, low);
  out.push(m);
  return m.end;
}
