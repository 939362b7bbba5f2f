/**
 * Claim detection: the check-worthy sentences of an article, with attribution (speaker, source,
 * target, cue), kind, content (entities, concepts, numbers, dates), polarity and hedging, and a
 * W3C TextQuote + TextPosition selector for anchoring. Pure and deterministic.
 */
import type { Article, Claim } from '../types';
import { runToEnd } from './slices';
import { analyzeArticleInSlices, type AnalyzeOptions, type SentenceAnalysis } from './analyze';

export { analyzeArticle, analyzeArticleInSlices, type SentenceAnalysis } from './analyze';
export { advance, runToEnd, type SliceResult } from './slices';

/** Sentences scoring below this are not returned as claims. */
export const CHECKWORTHY_THRESHOLD = 0.5;
/** TextQuote context length (W3C Web Annotation: enough to disambiguate, short enough to survive edits). */
const QUOTE_CONTEXT = 32;
/** Paragraph separator of the TextPosition coordinate space (types.ts TextPosition). */
const PARAGRAPH_SEPARATOR = '\n\n';
/**
 * Page-side work must be bounded (ARCHITECTURE.md "Non-negotiables"): text past this many characters
 * is not analysed. A long news article is ~20,000 characters; this leaves room for ten.
 */
export const MAX_ARTICLE_CHARS = 200_000;

/** Options of detectClaims. */
export interface DetectOptions extends AnalyzeOptions {
  /** Return every non-furniture sentence with its score, whatever the threshold (for evaluation). */
  all?: boolean;
}

/** A claim without its id yet (numbered once sorted); `id` comes first so it stays the first key. */
function toClaim(a: SentenceAnalysis, offsets: number[], joined: string): Claim {
  const u = a.unit;
  const start = offsets[u.pIndex]! + u.start;
  const end = offsets[u.pIndex]! + u.end;
  const quote = { exact: u.text, prefix: joined.slice(Math.max(0, start - QUOTE_CONTEXT), start), suffix: joined.slice(end, end + QUOTE_CONTEXT) };
  const score = Math.round(a.score * 1000) / 1000;
  // Two literals rather than one and `delete claim.cue`: a deleted property turns the object into a
  // slow dictionary (the delete alone was ~0.7% of detection); the keys keep the same order either way.
  const claim: Claim = a.attr.cue
    ? { id: '', text: u.text, paragraph: u.paragraph.id, start: u.start, end: u.end, quote, position: { start, end }, kind: a.kind, cue: a.attr.cue,
      entities: a.entities, concepts: a.concepts, numbers: a.numbers, dates: a.dates, negated: a.negated, hedged: a.hedged, checkworthiness: score, lang: u.lang }
    : { id: '', text: u.text, paragraph: u.paragraph.id, start: u.start, end: u.end, quote, position: { start, end }, kind: a.kind,
      entities: a.entities, concepts: a.concepts, numbers: a.numbers, dates: a.dates, negated: a.negated, hedged: a.hedged, checkworthiness: score, lang: u.lang };
  if (a.attr.speaker) claim.speaker = a.attr.speaker;
  if (a.attr.source) claim.source = a.attr.source;
  if (a.attr.target) claim.target = a.attr.target;
  return claim;
}

/** The check-worthy claims of `article`, sorted by position (with `all`, every non-furniture sentence). */
export function detectClaims(article: Article, opts: DetectOptions = {}): Claim[] {
  return runToEnd(detectClaimsInSlices(article, opts, false));
}

/**
 * detectClaims in slices, for the content script: the same work and the same result, but a generator
 * that yields between small steps (the furniture pass, the gazetteer's first build, each paragraph,
 * each sentence), so the caller can stop when its time slice is used up and resume in a later task.
 * Bad input throws on the first `next()`, as detectClaims throws. With `slices` false it never yields
 * (detectClaims: the same code in one step).
 */
export function* detectClaimsInSlices(article: Article, opts: DetectOptions = {}, slices = true): Generator<void, Claim[]> {
  if (!article || !Array.isArray(article.paragraphs)) throw new TypeError('detectClaims: article.paragraphs must be an array');
  article.paragraphs.forEach((p, i) => {
    if (!p || typeof p.text !== 'string' || typeof p.id !== 'string') throw new TypeError(`detectClaims: paragraph ${i} needs a string id and text`);
  });
  let budget = MAX_ARTICLE_CHARS;
  const bounded = article.paragraphs.filter((p) => (budget -= p.text.length) >= 0);
  const offsets: number[] = [];
  // Pushed, not mapped: V8's optimised Array#map returns a holey array, and the join on it deoptimised.
  const texts: string[] = [];
  let at = 0;
  for (const p of article.paragraphs) {
    offsets.push(at);
    texts.push(p.text);
    at += p.text.length + PARAGRAPH_SEPARATOR.length;
  }
  const joined = texts.join(PARAGRAPH_SEPARATOR);
  const analysed = yield* analyzeArticleInSlices(bounded.length === article.paragraphs.length ? article : { ...article, paragraphs: bounded }, opts, slices);
  // A loop that pushes (the sort deoptimised on Array#map's holey result, see `texts` above).
  const claims: Claim[] = [];
  for (const a of analysed) if (!a.furniture && (opts.all || a.score >= CHECKWORTHY_THRESHOLD)) claims.push(toClaim(a, offsets, joined));
  claims.sort((x, y) => x.position.start - y.position.start);
  // Numbered in place: spreading each claim into a new object cost more than the rest of this pass.
  for (let i = 0; i < claims.length; i++) claims[i]!.id = `c${i}`;
  return claims;
}

