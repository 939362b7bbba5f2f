/**
 * Numbers mentioned in uk/ru/en text, for matching claims by quantity ("близько 200 військових",
 * "912 490", "1,5 млн", "25%", "понад 800 тисяч", "two hundred"). `value` is the full magnitude
 * (1,5 млн → 1 500 000) so differently written mentions compare equal; `unit` records the scale word
 * or kind. Dates ("28.02.2025") and clock times ("17:59") are not numbers here (see dates.ts).
 */
import type { Lang } from '../types';
import { monthGroup } from './date-words';
import { isNumberWord, mayBeNumberWord, wordNumberAt, wordNumberStart } from './number-words';
import { hasAsciiDigit } from './ascii-digit';
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
/** dd.mm.yyyy, hh:mm: skipped whole. */
const DATE_OR_TIME = /^\d{1,2}(?:\.\d{1,2}\.\d{2,4}|:\d{2})/;
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
const CODE_LIKE = /(?:\d+[-/]){2,}\d+|\p{L}+\d+[-/]\d+|\d+\/\d+/gu;
/**
 * What every CODE_LIKE match contains: a digit, "-" or "/", a digit. Most sentences with digits have
 * none, and CODE_LIKE's `\p{L}+\d+` branch backtracks through every letter of every word.
 */
const CODE_LIKE_NEEDS = /\d[-/]\d/;

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
const QUALIFIERS: [RegExp, NumberQualifier][] = [
  [/(?:понад|більше ніж|більш ніж|більш як|більше за|свыше|более|больше|over|more than)\s+$/iu, 'over'],
  [/(?:менше ніж|менш ніж|менше|менее|меньше|less than|under|fewer than)\s+$/iu, 'under'],
  [/(?:близько|приблизно|майже|орієнтовно|около|примерно|почти|about|around|nearly|almost|approximately|some)\s+$/iu, 'about'],
  [/(?:щонайменше|принаймні|не менше ніж|не менее|как минимум|at least)\s+$/iu, 'at-least'],
  [/(?:до|up to)\s+$/iu, 'up-to'],
];

function parseCore(raw: string, lang: Lang): number {
  const compact = raw.replace(/[ \u00A0\u202F\u2009]/g, '');
  if (lang === 'en' && /,\d{3}(?!\d)/.test(compact)) return Number(compact.replace(/,/g, ''));
  return Number(compact.replace(',', '.'));
}

/** `re` as written, or without `i` when matching the lowercased plain text (plain-case.ts). */
const pick = (re: RegExp, low: string | null): RegExp => (low !== null ? withoutI(re) : re);

/** Extends a mention with what follows (scale, percent, year/ordinal suffix, currency); `low`: plainLower(text). */
function suffixes(text: string, m: NumberMention, low: string | null): void {
  const hay = low ?? text;
  // What follows the mention (one leading space dropped), sliced again only when the mention grew:
  // up to a dozen suffix patterns are tried on it.
  let afterAt = -1;
  let afterText = '';
  const after = (): string => {
    if (afterAt !== m.end) {
      afterAt = m.end;
      afterText = hay.slice(m.end, m.end + 24).replace(/^[ \u00A0\u202F\u2009]/, '');
    }
    return afterText;
  };
  const gap = (): number => (/^[ \u00A0\u202F\u2009]/.test(text.slice(m.end)) ? 1 : 0);
  for (const [re, unit, mult] of SCALES) {
    const hit = pick(re, low).exec(after());
    if (hit) {
      m.value = Math.round(m.value * mult * 1000) / 1000;
      m.unit = unit;
      m.end += gap() + hit[0].length;
      break;
    }
  }
  const pct = pick(PERCENT, low).exec(after());
  if (pct && !m.unit) {
    m.unit = 'percent';
    m.end += gap() + pct[0].length;
    return;
  }
  for (const [re, cur] of CURRENCY_AFTER) {
    const hit = pick(re, low).exec(after());
    if (hit) {
      m.currency = cur;
      m.end += gap() + hit[0].length;
      return;
    }
  }
  if (m.unit) return;
  const raw = text.slice(m.start, m.end);
  const year = /^\d{4}$/.test(raw) && m.value >= YEAR_MIN && m.value <= YEAR_MAX ? pick(YEAR_WORD, low).exec(after()) : null;
  if (year) {
    m.unit = 'year';
    m.end += gap() + year[0].length;
    return;
  }
  const ord = /^\d+$/.test(raw) ? pick(ORDINAL, low).exec(hay.slice(m.end, m.end + 6)) : null;
  if (ord) {
    m.unit = 'ordinal';
    m.end += ord[0].length;
  }
}

function prefixes(text: string, m: NumberMention, low: string | null): void {
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  const cur = CURRENCY_BEFORE[before.slice(-1)];
  if (cur && !m.currency) {
    m.currency = cur;
    m.start -= 1;
  }
  for (const [re, q] of QUALIFIERS) {
    if (pick(re, low).test((low ?? text).slice(Math.max(0, m.start - 24), m.start))) {
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
  // Every digit pattern needs an ASCII digit (`\d` with the u flag); most sentences have none.
  const digits = hasAsciiDigit(text);
  // On plain text the digit patterns run without `u` too (plain-case.ts: same matches, cheaper).
  const codeLike = low !== null ? withoutI(CODE_LIKE) : CODE_LIKE;
  codeLike.lastIndex = 0;
  if (digits && CODE_LIKE_NEEDS.test(text)) for (let c = codeLike.exec(text); c; c = codeLike.exec(text)) codes.push([c.index, c.index + c[0].length]);
  const re = pick(lang === 'en' ? NUM_EN : NUM_CYR, low);
  re.lastIndex = 0;
  for (let hit = digits ? re.exec(text) : null; hit; hit = re.exec(text)) {
    if (DATE_OR_TIME.test(text.slice(hit.index, hit.index + 11))) {
      re.lastIndex = hit.index + (/^[\d.:]+/.exec(text.slice(hit.index))?.[0].length ?? 1);
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
    re.lastIndex = Math.max(re.lastIndex, m.end);
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
