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
import type { Claim, Stance } from '../types';
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
export type StanceClaim = Pick<Claim, 'kind' | 'negated' | 'concepts' | 'numbers' | 'entities'> & Partial<Pick<Claim, 'speaker' | 'source' | 'target' | 'cue' | 'text'>>;

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
  const pageNeg = isNegative(page);
  const evNeg = isNegative(ev);
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
  // "China never supplied lethal weapons" does not contradict "China supplies machine tools": a
  // contradiction must be about the same things, both ways (topic Jaccard), unless aimed at the report.
  if (!aimedAtReport && topicJaccard(page, ev) < CONTRADICT_JACCARD) return { stance: 'related', cue: ev.cue ?? 'same topic' };
  return { stance: 'denies', cue };
}
