/**
 * Sentence splitting: Intl.Segmenter (ICU, the same in node and Chromium), or on Latin/Cyrillic lines an
 * equivalent fast scan (sentence-breaks.ts), plus a repair pass for the
 * wrong splits listed in BROWSER-TESTING.md: after initials ("В. Путін"), non-final abbreviations
 * ("м. Київ", "ст. 5", "г. Москва", "Mr. Smith"), inside quotations, and the missing split after "…".
 */
import type { Lang } from '../types';
import { endsWithInitial, endsWithNonFinalAbbreviation, isAbbreviation, SENTENCE_STARTERS } from './abbreviations';
import { insideQuote, quoteSpans, type QuoteSpan } from './quote-spans';
import { fastBreaks, fastBreaksApply } from './sentence-breaks';

/** One sentence: `text === source.slice(start, end)`, trimmed. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Constructing a Segmenter costs far more than using one: one per language, created on first use.
const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: Lang): Intl.Segmenter {
  const locale = lang === 'und' ? 'uk' : lang;
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, s);
  }
  return s;
}

/** How much of the text before a break the repair tests look at (longest abbreviation + initials). */
const TAIL_CHARS = 48;
/** "…" or "..." then whitespace then a capital or an opening quote: ICU does not break there. */
const ELLIPSIS_BREAK = /(?:\u2026|\.{3})["»”“]?\s+(?=[\p{Lu}«„“"])/gu;
/**
 * "…на початку жовтня. 14 жовтня 2024 року президент…": ICU's rule SB8 keeps a period followed by a
 * number and then a lowercase word in one sentence. A word of two or more lowercase letters that is
 * not an abbreviation ("ст. 5", "тис. 14") ends the sentence there.
 */
const DIGIT_START_BREAK = /\.["»”]?\s+(?=\d)/g;
const WORD_BEFORE = /(\p{Ll}+)$/u;
const FIRST_WORD = /^[\s"«„“(\u2014\u2013-]*(\p{L}+)/u;
const NEXT_INITIAL = /^\s*\p{Lu}\.\s*\p{Lu}/u;
const STARTS_LOWER = /^[\s\u2014\u2013-]*\p{Ll}/u;

/** Which boundary finder runs before the repair pass: `auto` uses the fast scan where it applies. */
export type SegmentEngine = 'auto' | 'icu';

/** Raw break offsets (start of each piece) from ICU or its fast stand-in, plus the ellipsis and date breaks. */
function rawBreaks(text: string, lang: Lang, spans: QuoteSpan[], engine: SegmentEngine): number[] {
  // Both finders give ascending offsets, each once: a Set and a sort only when the repairs add some.
  let breaks: number[];
  if (engine === 'auto' && fastBreaksApply(text)) breaks = fastBreaks(text);
  else {
    breaks = [];
    for (const seg of segmenter(lang).segment(text)) breaks.push(seg.index);
  }
  const extra: number[] = [];
  // Only a line with "…" or "..." can hold an ellipsis break: two native searches instead of the regex scan.
  if (text.includes('\u2026') || text.includes('...')) {
    ELLIPSIS_BREAK.lastIndex = 0;
    for (let m = ELLIPSIS_BREAK.exec(text); m; m = ELLIPSIS_BREAK.exec(text)) {
      const at = m.index + m[0].length;
      if (!insideQuote(spans, at)) extra.push(at);
    }
  }
  DIGIT_START_BREAK.lastIndex = 0;
  for (let m = DIGIT_START_BREAK.exec(text); m; m = DIGIT_START_BREAK.exec(text)) {
    const at = m.index + m[0].length;
    const word = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1];
    if (word && word.length >= 2 && !isAbbreviation(word) && !insideQuote(spans, at)) extra.push(at);
  }
  if (extra.length === 0) return breaks;
  return [...new Set([...breaks, ...extra])].sort((a, b) => a - b);
}

/** Whether the break between `prev` (trimmed tail of the text before) and `next` (text after) is a wrong one. */
function shouldMerge(prev: string, next: string, atQuote: boolean, lang: Lang): boolean {
  if (atQuote) return true;
  if (STARTS_LOWER.test(next)) return true;
  if (endsWithNonFinalAbbreviation(prev, lang)) return true;
  if (endsWithInitial(prev)) {
    if (NEXT_INITIAL.test(next)) return true; // "В. О. Зеленський"
    const w = FIRST_WORD.exec(next)?.[1];
    return w !== undefined && w[0] !== w[0]!.toLowerCase() && !SENTENCE_STARTERS.has(w.toLowerCase());
  }
  return false;
}

/**
 * A terminator that is not part of the line's trailing run: only such lines can hold more than one
 * sentence. ICU costs ~0.1 µs per character and more on long inputs, so single-sentence lines (headings,
 * captions, most furniture) and line splitting are done here, and only lines that can hold several
 * sentences reach the boundary finder (sentence-breaks.ts, or ICU).
 */
/** Paragraph separators (UAX #29 Sep/CR/LF): ICU always breaks after them, so lines are split here. */
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/g;
const INNER_TERMINATOR = /[.!?\u2026\u203C\u2047-\u2049\u3002\uFF01\uFF1F](?![.!?\u2026\u203C\u2047-\u2049\u3002\uFF01\uFF1F"»”“'’)\]\s]*$)/;

/**
 * Splits `text` into trimmed sentences with offsets; `lang` picks the ICU locale and abbreviation list.
 * `engine: 'icu'` forces Intl.Segmenter everywhere (the reference the fast scan is tested against).
 */
export function splitSentences(text: string, lang: Lang = 'und', engine: SegmentEngine = 'auto'): Sentence[] {
  if (typeof text !== 'string') throw new TypeError('splitSentences: text must be a string');
  const out: Sentence[] = [];
  let from = 0;
  while (from <= text.length) {
    LINE_BREAK.lastIndex = from;
    const to = LINE_BREAK.exec(text)?.index ?? text.length;
    const line = text.slice(from, to);
    if (INNER_TERMINATOR.test(line)) splitLine(line, from, lang, engine, out);
    else push(out, text, from, to);
    from = to + 1;
  }
  return out;
}

/** ICU plus repairs over one line (no line breaks inside), appending to `out` with offsets + `base`. */
function splitLine(line: string, base: number, lang: Lang, engine: SegmentEngine, out: Sentence[]): void {
  const spans = quoteSpans(line);
  const breaks = rawBreaks(line, lang, spans, engine);
  breaks.push(line.length);
  let curStart = breaks[0] ?? 0;
  for (let k = 1; k < breaks.length - 1; k++) {
    const b = breaks[k]!;
    // Only the tail matters to the abbreviation and initial tests; slicing keeps them linear.
    const prev = line.slice(Math.max(curStart, b - TAIL_CHARS), b).trim();
    const next = line.slice(b, Math.min(line.length, b + 64));
    if (shouldMerge(prev, next, insideQuote(spans, b), lang)) continue;
    pushLine(out, line, base, curStart, b);
    curStart = b;
  }
  pushLine(out, line, base, curStart, line.length);
}

function pushLine(out: Sentence[], line: string, base: number, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(line.charCodeAt(s))) s++;
  while (e > s && isSpace(line.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ text: line.slice(s, e), start: base + s, end: base + e });
}

function push(out: Sentence[], text: string, from: number, to: number): void {
  pushLine(out, text, 0, from, to);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0xfeff;
}
