/**
 * The units the detector works on: one sentence of one paragraph, with its offsets, its word tokens,
 * its quotations and the entities it mentions. Built once per sentence and shared by every stage.
 */
import type { Lang, Paragraph } from '../types';
import { detectLang, gazetteer, gazetteerBuilt, plainLowerWithin, quoteSpans, splitSentences, words as wordTokens, type EntityHit, type EntityKind, type QuoteSpan, type Token } from './deps';
import { datelineEnd } from './dateline';
import { PREPOSITIONS } from './roles';

/** An entity mention inside a sentence (offsets relative to the sentence). */
export interface Mention {
  id: string;
  kind: EntityKind;
  start: number;
  end: number;
  /** Index of the first word token of the mention. */
  word: number;
  /** Preceded by a preposition ("з Путіним", "у Кремлі"): an object or a place, not a subject. */
  prep: boolean;
  /** Inside a quotation: said by someone, not the one saying it. */
  quoted: boolean;
}

/** One sentence of the article. */
export interface Unit {
  /** Index in the article's list of units. */
  index: number;
  paragraph: Paragraph;
  /** Index of the paragraph in the article. */
  pIndex: number;
  text: string;
  /** Offsets of `text` in the paragraph. */
  start: number;
  end: number;
  lang: Lang;
  words: Token[];
  quotes: QuoteSpan[];
  mentions: Mention[];
}

/** True when sentence offset `pos` lies inside a quotation (quote marks included). */
export function quoted(u: Pick<Unit, 'quotes'>, pos: number): boolean {
  for (const q of u.quotes) if (q.start <= pos && pos < q.end) return true;
  return false;
}

/** Quotation marks around just a name («Коммерсантъ», "Експресу") make a title, not a quotation. */
const NAME_QUOTE_SLACK = 3;
function nameOnly(q: QuoteSpan, start: number, end: number): boolean {
  return q.end - q.start - 2 <= end - start + NAME_QUOTE_SLACK;
}

/**
 * The mentions of the sentence at [from, to) of its paragraph, from the paragraph's gazetteer hits
 * (paragraph offsets; those inside the sentence are shifted to sentence offsets here, without a copy).
 */
function mentionsOf(text: string, hits: EntityHit[], from: number, to: number, words: Token[], quotes: QuoteSpan[]): Mention[] {
  const out: Mention[] = [];
  // "BRUSSELS, May 21 (Reuters) -": where and by whom the story was filed, not who speaks in it.
  let dateline = -1;
  // The first word ending after each hit's start: hits and words are both in text order, so one walk finds all.
  let w = 0;
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    const start = h.start - from;
    const end = h.end - from;
    if (dateline < 0) dateline = datelineEnd(text);
    if (start < dateline) continue;
    while (w < words.length && words[w]!.end <= start) w++;
    if (w === words.length) continue;
    const before = w > 0 ? words[w - 1]! : null;
    // A preposition counts only when it is the word right before the name (no punctuation between).
    const prep = before !== null && PREPOSITIONS.has(before.norm) && !/[,.;:!?"«»“”]/.test(text.slice(before.end, start));
    out.push({ id: h.id, kind: gazetteer().kind(h.id), start, end, word: w, prep, quoted: quotes.some((q) => q.start <= start && start < q.end && !nameOnly(q, start, end)) });
  }
  return out;
}

/**
 * Splits paragraphs into sentence units; `date` (the article's) picks who held a role ("генсек НАТО").
 * Paragraphs flagged in `skip` (furniture) get bare units: no words, quotes or mentions.
 */
export function buildUnits(paragraphs: Paragraph[], articleLang: Lang, date?: string, skip?: readonly unknown[]): Unit[] {
  const steps = buildUnitsInSlices(paragraphs, articleLang, date, skip, false);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * buildUnits, one paragraph per slice: yields after each paragraph (and before the first gazetteer use).
 * With `slices` false it never yields (the same code, run to the end in one step by buildUnits).
 */
export function* buildUnitsInSlices(paragraphs: Paragraph[], articleLang: Lang, date?: string, skip?: readonly unknown[], slices = true): Generator<void, Unit[]> {
  const units: Unit[] = [];
  for (let pIndex = 0; pIndex < paragraphs.length; pIndex++) {
    const p = paragraphs[pIndex]!;
    // A paragraph's own language, else the article's, else a guess from the text (mixed-language pages).
    const known = p.lang && p.lang !== 'und' ? p.lang : articleLang;
    const lang = known !== 'und' ? known : detectLang(p.text);
    if (skip?.[pIndex]) {
      for (const s of splitSentences(p.text, lang)) units.push({ index: units.length, paragraph: p, pIndex, text: s.text, start: s.start, end: s.end, lang, words: [], quotes: [], mentions: [] });
      if (slices) yield;
      continue;
    }
    // Building the gazetteer is the biggest cold cost: a slice of its own.
    if (!gazetteerBuilt()) {
      gazetteer();
      if (slices) yield;
    }
    // One gazetteer pass per paragraph (each call has a fixed cost), shifted into each sentence.
    const hits = gazetteer().match(p.text, lang, date);
    for (const s of splitSentences(p.text, lang)) {
      // The sentence's lowercase from the paragraph's (the furniture pass made it), for the tokenizer and the parsers.
      plainLowerWithin(p.text, s.text, s.start);
      const words = wordTokens(s.text);
      const quotes = quoteSpans(s.text);
      units.push({ index: units.length, paragraph: p, pIndex, text: s.text, start: s.start, end: s.end, lang, words, quotes, mentions: mentionsOf(s.text, hits, s.start, s.end, words, quotes) });
    }
    if (slices) yield;
  }
  return units;
}
