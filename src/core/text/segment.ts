/**
 * Sentence splitting: Intl.Segmenter (ICU, the same in node and Chromium) plus a repair pass for the
 * wrong splits listed in BROWSER-TESTING.md: after initials ("В. Путін"), non-final abbreviations
 * ("м. Київ", "ст. 5", "г. Москва", "Mr. Smith"), inside quotations, and the missing split after "…".
 */
import type { Lang } from '../types';
import { endsWithInitial, endsWithNonFinalAbbreviation, SENTENCE_STARTERS } from './abbreviations';
import { insideQuote, quoteSpans, type QuoteSpan } from './quote-spans';

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

/** "…" or "..." then whitespace then a capital or an opening quote: ICU does not break there. */
const ELLIPSIS_BREAK = /(?:\u2026|\.{3})["»”“]?\s+(?=[\p{Lu}«„“"])/gu;
const FIRST_WORD = /^[\s"«„“(\u2014\u2013-]*(\p{L}+)/u;
const NEXT_INITIAL = /^\s*\p{Lu}\.\s*\p{Lu}/u;
const STARTS_LOWER = /^[\s\u2014\u2013-]*\p{Ll}/u;

/** Raw break offsets (start of each piece) from ICU plus the ellipsis breaks. */
function rawBreaks(text: string, lang: Lang, spans: QuoteSpan[]): number[] {
  const breaks = new Set<number>();
  for (const seg of segmenter(lang).segment(text)) breaks.add(seg.index);
  ELLIPSIS_BREAK.lastIndex = 0;
  for (let m = ELLIPSIS_BREAK.exec(text); m; m = ELLIPSIS_BREAK.exec(text)) {
    const at = m.index + m[0].length;
    if (!insideQuote(spans, at)) breaks.add(at);
  }
  return [...breaks].sort((a, b) => a - b);
}

/** Whether the break between `prev` (trimmed text before) and `next` (text after) is a wrong one. */
function shouldMerge(prev: string, next: string, gap: string, atQuote: boolean, lang: Lang): boolean {
  if (gap.includes('\n')) return false; // a line break is a paragraph boundary, never repaired
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

/** Splits `text` into trimmed sentences with offsets; `lang` picks the ICU locale and abbreviation list. */
export function splitSentences(text: string, lang: Lang = 'und'): Sentence[] {
  if (typeof text !== 'string') throw new TypeError('splitSentences: text must be a string');
  if (text.length === 0) return [];
  const spans = quoteSpans(text);
  const breaks = rawBreaks(text, lang, spans);
  breaks.push(text.length);
  const out: Sentence[] = [];
  let curStart = breaks[0] ?? 0;
  for (let k = 1; k < breaks.length - 1; k++) {
    const b = breaks[k]!;
    const prev = text.slice(curStart, b).trimEnd();
    const gap = text.slice(curStart + prev.length, b);
    const next = text.slice(b, Math.min(text.length, b + 64));
    if (shouldMerge(prev.trimStart(), next, gap, insideQuote(spans, b), lang)) continue;
    push(out, text, curStart, b);
    curStart = b;
  }
  push(out, text, curStart, text.length);
  return out;
}

function push(out: Sentence[], text: string, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}
