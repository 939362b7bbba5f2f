/**
 * Runs every stage over an article and keeps everything: one record per sentence, furniture included,
 * with its attribution, kind, content fields, features and score. detectClaims() filters these; the
 * evaluation and the trainer read them whole.
 */
import type { Article, ClaimKind, Lang } from '../types';
import { attribute, type Attribution } from './attribution';
import { conceptsOf } from './concepts';
import { Salience } from './coref';
import { forgetPlainLower, parseDates, parseNumbers } from './deps';
import { featuresOf } from './features';
import { furnitureMap } from './furniture';
import { kindOf } from './kind';
import { scoreFeatures, SHIPPED_MODEL, type Model } from './model';
import { cueWordSpan, isHedged, isNegated } from './polarity';
import { buildUnitsInSlices, type Unit } from './units';
import { runToEnd } from './slices';
import { wordHints } from './word-hints';
import { wordPatternOf } from './word-pattern';

/** Four-digit numbers in this range are years, not quantities. */
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;
/** Spelled-out numbers count as quantities only with a scale ("три джерела", "two countries" do not). */
const SCALED = new Set(['thousand', 'million', 'billion', 'trillion', 'percent']);
/** Counts given only by their scale ("кілька сотень", "тысячи дронов", "hundreds of troops"): still a count. */
// A word set (word-pattern.ts), not a regex: it is tested on every word of every sentence.
const VAGUE_COUNT = wordPatternOf(/^(сот(ня|ні|ень|нями|нях|ню|ни|ен)|тисяч[іаеу]?|тысяч[иау]?|десят(ки|ків|ках|ков)|hundreds|thousands|dozens|tens)$/u);

/** Options shared by analyzeArticle and detectClaims. */
export interface AnalyzeOptions {
  /** Reference date for relative dates ("вчора", "on Tuesday"). */
  ref?: Date;
  /** Model to score with (the trainer passes its own); the shipped one by default. */
  model?: Model;
}

/** Everything the detector found out about one sentence. */
export interface SentenceAnalysis {
  unit: Unit;
  /** Why this sentence's paragraph is furniture, or null. */
  furniture: string | null;
  attr: Attribution;
  kind: ClaimKind;
  entities: string[];
  concepts: string[];
  numbers: number[];
  dates: string[];
  negated: boolean;
  hedged: boolean;
  features: Record<string, number>;
  /** Check-worthiness in [0, 1]; 0 for furniture. */
  score: number;
}

function contentOf(u: Unit, lang: Lang, ref: Date | undefined) {
  const hints = wordHints(u.words);
  const dates = parseDates(u.text, lang, ref, hints);
  const inDate = (s: number, e: number): boolean => dates.some((d) => d.start < e && s < d.end);
  // "KN-23", "Shahed-136", "Су-34": a number glued to a name is part of the name, not a quantity.
  const glued = (s: number): boolean => s >= 2 && u.text[s - 1] === '-' && /\p{L}/u.test(u.text[s - 2]!);
  const found = parseNumbers(u.text, lang, hints);
  // Most sentences hold no number and no date: no filtered copies, sets or spreads for them.
  const nums = found.length ? found.filter((n) => !inDate(n.start, n.end) && !glued(n.start)) : found;
  const isYear = (v: number): boolean => Number.isInteger(v) && v >= YEAR_MIN && v <= YEAR_MAX;
  return {
    dates: distinctIsos(dates),
    numbers: nums.map((n) => n.value),
    hasQuantity: u.words.some((w) => VAGUE_COUNT.testToken(w)) || nums.some((n) => n.unit !== 'year' && n.unit !== 'ordinal' && !isYear(n.value) && (/\d/.test(u.text.slice(n.start, n.end)) || SCALED.has(n.unit ?? ''))),
    hasDate: dates.length > 0 || nums.some((n) => n.unit === 'year' || isYear(n.value)),
  };
}

/** The dates' ISO strings, each once, in order of first mention (a sentence names a few: no Set needed). */
function distinctIsos(dates: readonly { iso: string }[]): string[] {
  const out: string[] = [];
  for (const d of dates) if (!out.includes(d.iso)) out.push(d.iso);
  return out;
}

/** Applies a "Про це повідомляє X" sentence's holder to the sentences it refers back to. */
function carryBack(all: { unit: Unit; attr: Attribution }[], i: number): void {
  const a = all[i]!.attr;
  const p = all[i]!.unit.pIndex;
  let j = i - 1;
  const firstInParagraph = j < 0 || all[j]!.unit.pIndex !== p;
  for (; j >= 0; j--) {
    const prev = all[j]!;
    if (!firstInParagraph && prev.unit.pIndex !== p) break;
    // "Про це він сказав в інтерв'ю CNN": the speaker and the outlet both go back (unless the sentence had its own source).
    const ownSource = prev.attr.source;
    if (a.source) prev.attr.source ??= a.source;
    if (a.speaker && !ownSource) prev.attr.speaker ??= a.speaker;
    // "Про це йдеться на сайті МЗС" after "Сі запевнив …": the body that published the words is the source.
    if (a.speaker && prev.attr.speaker && prev.attr.speaker !== a.speaker) prev.attr.source ??= a.speaker;
    prev.attr.family ??= a.family;
    prev.attr.cue ??= a.cue;
    if (firstInParagraph) break;
  }
}

/** Analyzes every sentence of `article` (furniture paragraphs included, marked). */
export function analyzeArticle(article: Article, opts: AnalyzeOptions = {}): SentenceAnalysis[] {
  return runToEnd(analyzeArticleInSlices(article, opts, false));
}

/**
 * analyzeArticle in slices: the same code, yielding after the furniture pass, after each paragraph's
 * units, and after each sentence of the attribution and content passes, so a content script can
 * spread the work over several tasks (the caller decides when to resume). With `slices` false it never
 * yields: analyzeArticle and detectClaims run the same code in one step (resuming a chain of generators
 * after every sentence cost ~1% of detection for nothing when nobody pauses it).
 */
export function* analyzeArticleInSlices(article: Article, opts: AnalyzeOptions = {}, slices = true): Generator<void, SentenceAnalysis[]> {
  const model = opts.model ?? SHIPPED_MODEL;
  // Each sentence is lowercased once per analysis and shared by the stages, never across analyses.
  forgetPlainLower();
  const furniture = furnitureMap(article.paragraphs);
  if (slices) yield;
  const units = yield* buildUnitsInSlices(article.paragraphs, article.lang, article.published, furniture, slices);
  const sal = new Salience();
  const staged: { unit: Unit; attr: Attribution }[] = [];
  for (const unit of units) {
    const attr = furniture[unit.pIndex] ? { anonymous: false, carry: false, cueNegated: false, viaPhrase: false } : attribute(unit, sal);
    if (!furniture[unit.pIndex]) {
      sal.observe(unit);
      if (attr.speaker) sal.note(attr.speaker, unit.mentions.find((m) => m.id === attr.speaker)?.kind ?? 'person');
      if (attr.source) {
        const kind = unit.mentions.find((m) => m.id === attr.source)?.kind ?? 'media';
        sal.noteSource(attr.source, kind);
        sal.noteReport(unit.index, attr.source);
      }
    }
    staged.push({ unit, attr });
    if (slices) yield;
  }
  staged.forEach((s, i) => {
    if (s.attr.carry && !furniture[s.unit.pIndex]) carryBack(staged, i);
  });
  const out: SentenceAnalysis[] = [];
  for (const { unit, attr } of staged) {
    out.push(analyzeSentence(unit, attr, furniture[unit.pIndex] ?? null, model, opts.ref));
    if (slices) yield;
  }
  return out;
}

/** The content, kind, polarity, features and score of one attributed sentence. */
function analyzeSentence(unit: Unit, attr: Attribution, fr: string | null, model: Model, ref: Date | undefined): SentenceAnalysis {
  if (fr) return furnitureRecord(unit, fr, attr);
  const c = contentOf(unit, unit.lang, ref);
  const kind = kindOf(attr, c.hasQuantity);
  const entities = distinctIds(unit.mentions);
  const concepts = conceptsOf(unit.words, unit.lang);
  const negated = isNegated(unit.words, cueWordSpan(unit, attr));
  const hedged = isHedged(unit.words);
  const features = featuresOf({ unit, attr, kind, entities: entities.length, concepts: concepts.length, hasQuantity: c.hasQuantity, hasDate: c.hasDate, negated, hedged });
  // "Про це повідомляє X" only attributes the sentences before it: never a claim of its own.
  const ruled = attr.carry;
  return { unit, furniture: fr, attr, kind, entities, concepts, numbers: c.numbers, dates: c.dates, negated, hedged, features, score: ruled ? 0 : scoreFeatures(model, features) };
}

/** The ids of `mentions`, each once, in order of first mention (a sentence names a few: no Set needed). */
function distinctIds(mentions: readonly { id: string }[]): string[] {
  const out: string[] = [];
  for (const m of mentions) if (!out.includes(m.id)) out.push(m.id);
  return out;
}

/** The record of a furniture sentence: nothing extracted, score 0. */
function furnitureRecord(unit: Unit, furniture: string, attr: Attribution): SentenceAnalysis {
  return { unit, furniture, attr, kind: 'event', entities: [], concepts: [], numbers: [], dates: [], negated: false, hedged: false, features: {}, score: 0 };
}
