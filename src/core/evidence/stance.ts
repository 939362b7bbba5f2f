/**
 * Stance of an evidence sentence relative to the page's claim.
 *
 * Definition: the link's stance says whether the EVIDENCE supports or contradicts the PAGE CLAIM's
 * proposition, where the proposition is what the claim's holder asserts:
 * - page "Reuters: China trained ~200 Russian soldiers" (report), evidence "Китай спростував
 *   публікацію Reuters" (denial, target reuters) → `denies`;
 * - page "Rutte: no evidence China supplies lethal weapons" (negated), evidence "China supplied lethal
 *   weapons, officials say" (positive) → `denies`; evidence "China has never provided lethal weapons"
 *   (negated) → `corroborates`;
 * - page "China denied the Reuters report" (denial: proposition "the report is false"), evidence
 *   "Reuters reported China trained the soldiers" → `denies`; evidence "МЗС Китаю спростувало
 *   повідомлення агентства" → `corroborates`;
 * - evidence repeating the page's report ("за даними Reuters, …" on another outlet) → `corroborates`
 *   with `sameReport`: it confirms the report exists, not that it is true (origin.ts groups it with
 *   the report);
 * - "declined to comment" / "did not respond" → `related`; so is anything on the topic that neither
 *   asserts nor negates the page's content (not enough shared concepts).
 */
import type { Claim, Lang, Stance } from '../types';
import { conceptsOf } from '../claims/concepts';
import { words } from '../text/tokenize';
import { STANCE_CONCEPTS, significantNumber } from './keys';

/** Share of the page claim's topic concepts the evidence must carry to take a side. */
export const SIDE_CONCEPT_SHARE = 0.5;
/** A positive statement contradicting a negated page claim must match more of it (a looser match is topical, not a contradiction). */
export const CONTRADICT_NEGATED_SHARE = 0.6;
/** A denial of "the report" must share more than this (Jaccard) of the topic to count as aimed at the page's report (another Reuters story shares only "troops"). */
export const AIMED_MIN_JACCARD = 1 / 3;
/** Topic overlap (Jaccard) a contradiction needs when it is not aimed at the page's report. */
export const CONTRADICT_JACCARD = 0.5;

/** The claim fields stance needs. */
export type StanceClaim = Pick<Claim, 'kind' | 'negated' | 'concepts' | 'numbers' | 'entities'> & Partial<Pick<Claim, 'speaker' | 'source' | 'target' | 'cue' | 'text' | 'lang'>>;

/**
 * Concepts that narrow what a negation denies: "China never supplied LETHAL weapons" negates lethal
 * aid, not the machine tools or components another claim is about. Each maps to the concepts it
 * brings along (the words that name it also name weapons and supply).
 */
export const NARROWING_CONCEPTS: ReadonlyMap<string, readonly string[]> = new Map([['lethal-aid', ['lethal-aid', 'weapons', 'supply']]]);

/** A stance with the cue that decided it. */
export interface StanceDecision {
  stance: Stance;
  cue: string;
  /** The evidence repeats the page claim's report (same reporting source): it corroborates the report exists. */
  sameReport?: boolean;
}

const topic = (c: StanceClaim): string[] => c.concepts.filter((k) => !STANCE_CONCEPTS.has(k));

/** Share of the page's topic concepts present in the evidence (1 when the page has none and entities overlap). */
export function conceptShare(page: StanceClaim, ev: StanceClaim): number {
  const p = topic(page);
  if (p.length === 0) return page.entities.some((e) => ev.entities.includes(e)) ? 1 : 0;
  const e = new Set(topic(ev));
  return p.filter((k) => e.has(k)).length / p.length;
}

/** Jaccard similarity of the two claims' topic concepts (1 when neither has any). */
export function topicJaccard(a: StanceClaim, b: StanceClaim): number {
  const x = new Set(topic(a));
  const y = new Set(topic(b));
  if (x.size + y.size === 0) return 1;
  let both = 0;
  for (const k of x) if (y.has(k)) both++;
  return both / (x.size + y.size - both);
}

/** Both give quantities and none agree ("200 soldiers" vs "300 soldiers"). */
export function numbersConflict(a: StanceClaim, b: StanceClaim): boolean {
  const x = a.numbers.filter(significantNumber);
  const y = b.numbers.filter(significantNumber);
  return x.length > 0 && y.length > 0 && !x.some((v) => y.includes(v));
}

// "заперечення … не спростовують даних", "denials do not refute": a negated denial word (the detector
// treats the denial verb as the cue and does not mark the sentence negated).
const NEGATED_DENIAL = /(?:^|[\s«"„(])(?:не|ни|not|never|do not|does not|don't|doesn't)\s+(?:спросто|спросту|запереч|опроверг|отрица|refut|den[iy]|reject|contradict)/iu;

// "did not respond", "відмовився прямо коментувати", "не комментировали": no comment, whatever kind the detector gave.
const NO_COMMENT = /(?:declined to comment|did not respond|no comment|would not (?:comment|discuss)|утрима\p{L}* від комент|відмови\p{L}*(?: \p{L}+){0,2} коментува|не коментува|не відповіл|не відповів|воздержа\p{L}* от коммент|отказа\p{L}*(?: \p{L}+){0,2} комментир|не комментир|не ответил)/iu;

/** Whether the sentence only says someone did not comment. */
export function isNoComment(c: StanceClaim): boolean {
  return c.kind === 'no-comment' || (c.text !== undefined && NO_COMMENT.test(c.text));
}

// "We have no evidence China supplies lethal weapons. BUT around 90% of the microelectronics … comes from China":
// a contrast after a negation introduces what the sentence does assert.
const CONTRAST = /(?:^|[\s,;:.—–-])(?:але|проте|однак|втім|зате|но|однако|зато|but|however|yet)(?=[\s,])/iu;
const NEGATION_WORD = /(?:^|[^\p{L}])(?:не|ні|ніколи|жодн\p{L}*|нет|ни|никогда|никак\p{L}*|not|no|never|none|n't)(?![\p{L}])/iu;

/**
 * Whether a negated sentence's contrast clause ("…, but Y") is its assertion as far as `other` is
 * concerned: the clause is not negated itself, carries at least SIDE_CONCEPT_SHARE of `other`'s topic,
 * and more of it than the negated part does (narrowing concepts `other` lacks left out, see below).
 */
export function contrastAsserts(c: StanceClaim, other: StanceClaim): boolean {
  if (!c.negated || c.kind === 'denial' || !c.text) return false;
  const m = CONTRAST.exec(c.text);
  if (!m || m.index === 0) return false;
  const after = c.text.slice(m.index + m[0].length);
  if (NEGATION_WORD.test(after)) return false;
  const want = topic(other);
  if (want.length === 0) return false;
  const lang = (c.lang ?? 'uk') as Lang;
  const shareOf = (part: string): number => {
    const got = new Set(conceptsOf(words(part), lang));
    for (const k of narrowed(got, new Set(want))) got.delete(k);
    return want.filter((k) => got.has(k)).length / want.length;
  };
  const afterShare = shareOf(after);
  return afterShare >= SIDE_CONCEPT_SHARE && afterShare > shareOf(c.text.slice(0, m.index));
}

/** The concepts a narrowing concept of `concepts` that `against` lacks brings along (NARROWING_CONCEPTS). */
function narrowed(concepts: ReadonlySet<string>, against: ReadonlySet<string>): Set<string> {
  const drop = new Set<string>();
  for (const [k, brings] of NARROWING_CONCEPTS) if (concepts.has(k) && !against.has(k)) for (const b of brings) drop.add(b);
  return drop;
}

/**
 * A negative claim narrowed by a concept the positive one lacks (NARROWING_CONCEPTS) negates only that
 * narrower thing: it contradicts the positive claim only if what is left of its topic still covers
 * SIDE_CONCEPT_SHARE of the positive claim's.
 */
export function narrowerNegation(neg: StanceClaim, pos: StanceClaim): boolean {
  const posTopic = new Set(topic(pos));
  const drop = narrowed(new Set(neg.concepts), posTopic);
  if (drop.size === 0 || posTopic.size === 0) return false;
  const rest = new Set(topic(neg).filter((k) => !drop.has(k)));
  return [...posTopic].filter((k) => rest.has(k)).length / posTopic.size < SIDE_CONCEPT_SHARE;
}

/** Does the claim assert that something is not so? A negated mention of a denial ("denials do not refute") is not. */
export function isNegative(c: StanceClaim): boolean {
  if (c.text && NEGATED_DENIAL.test(c.text)) return false;
  if (c.kind === 'denial') return true;
  if (c.kind === 'no-comment') return false;
  if (c.concepts.includes('deny')) return !c.negated && c.kind !== 'report';
  return c.negated && Boolean(c.speaker || c.source || c.cue);
}

/** Stance of `ev` relative to the page claim `page` (see the module comment for the definition). */
export function decideStance(page: StanceClaim, ev: StanceClaim, evOrigin?: string): StanceDecision {
  if (isNoComment(ev)) return { stance: 'related', cue: ev.cue ?? NO_COMMENT.exec(ev.text ?? '')?.[0] ?? 'no comment' };
  if (page.kind === 'no-comment') return { stance: 'related', cue: page.cue ?? 'no comment' };
  const share = conceptShare(page, ev);
  const pageNeg = isNegative(page) && !contrastAsserts(page, ev);
  const evNeg = isNegative(ev) && !contrastAsserts(ev, page);
  // Aimed at the page's report and not about something else entirely (another Reuters story).
  const aimedAtReport = Boolean(ev.target && (ev.target === page.source || ev.target === page.speaker)) && topic(page).length > 0 && topicJaccard(page, ev) > AIMED_MIN_JACCARD;
  const cue = ev.cue ?? (evNeg ? 'negation' : 'same content');
  if (!aimedAtReport && (share < SIDE_CONCEPT_SHARE || numbersConflict(page, ev))) return { stance: 'related', cue: ev.cue ?? 'same topic' };
  if (pageNeg === evNeg) {
    const out: StanceDecision = { stance: 'corroborates', cue };
    if (!pageNeg && page.source && (ev.source === page.source || evOrigin === page.source)) out.sameReport = true;
    return out;
  }
  if (pageNeg && !evNeg && !aimedAtReport && share < CONTRADICT_NEGATED_SHARE) return { stance: 'related', cue: ev.cue ?? 'same topic' };
  if (!aimedAtReport && (pageNeg ? narrowerNegation(page, ev) : narrowerNegation(ev, page))) return { stance: 'related', cue: ev.cue ?? 'narrower negation' };
  // "China never supplied lethal weapons" does not contradict "China supplies machine tools": a
  // contradiction must be about the same things, both ways (topic Jaccard), unless aimed at the report.
  if (!aimedAtReport && topicJaccard(page, ev) < CONTRADICT_JACCARD) return { stance: 'related', cue: ev.cue ?? 'same topic' };
  return { stance: 'denies', cue };
}
