/**
 * Finding attribution cues in a sentence: verbs of saying, reporting, denying and confirming,
 * no-comment phrases, and denials by naming ("назвав це вигадкою", "called the report a fabrication").
 */
import type { Token } from './deps';
import { CUE_FIRST, CUE_SECOND, CUES, FALSITY, NAMING, PHRASE_FIRST, PHRASE_PATTERNS, PHRASE_SECOND, type CueFamily, type CuePattern, type PhrasePattern, type PhraseRole } from './cues';
import { quoted, type Unit } from './units';
import type { WordTest } from './word-pattern';
import { recordOf, setValue, valueOf, valueSlot } from './word-memo';

/** How many words after a naming verb a falsity word may stand ("назвала статью WSJ фейком"). */
const NAMING_WINDOW = 5;

/** A cue found in a sentence: word indices [from, to) and the text as written. */
export interface CueHit {
  family: CueFamily;
  from: number;
  to: number;
  text: string;
  /** Inside a quotation (only falsity phrases count there: «… не відповідає дійсності», – сказав він). */
  inQuote: boolean;
}

/** An attribution phrase ("за даними", "according to") and where its entity should start. */
export interface PhraseHit {
  role: PhraseRole;
  from: number;
  to: number;
  text: string;
}

function matchAt(words: Token[], i: number, tokens: WordTest[], from = 0): boolean {
  if (i + tokens.length > words.length) return false;
  for (let k = from; k < tokens.length; k++) if (!tokens[k]!.test(words[i + k]!.norm)) return false;
  return true;
}

/**
 * The patterns of `all` that word `t` can start (`first`: the union of their first words), kept in
 * the word's record under `slot`: news vocabulary repeats, and "за", "по", "як" start several phrases.
 */
function startingWith<P extends { tokens: WordTest[] }>(t: Token, slot: number, first: WordTest, all: readonly P[]): P[] {
  const r = recordOf(t);
  let ps = valueOf(r, slot) as P[] | undefined;
  if (ps) return ps;
  const norm = t.norm;
  ps = first.test(norm) ? all.filter((p) => p.tokens[0]!.test(norm)) : [];
  setValue(r, slot, ps);
  return ps;
}

/** Which cue patterns a word can start. */
const STARTS = valueSlot();
const patternsStartingWith = (t: Token): CuePattern[] => startingWith(t, STARTS, CUE_FIRST, CUES);

/** Which attribution phrases a word can start. */
const PHRASE_STARTS = valueSlot();
const phrasesStartingWith = (t: Token): PhrasePattern[] => startingWith(t, PHRASE_STARTS, PHRASE_FIRST, PHRASE_PATTERNS);

/** Whether the word after word i can continue a pattern of several words (`second` tests their second words). */
function continues(words: Token[], i: number, second: WordTest): boolean {
  return i + 1 < words.length && second.testToken(words[i + 1]!);
}

function span(u: Unit, from: number, to: number): string {
  return u.text.slice(u.words[from]!.start, u.words[to - 1]!.end);
}

/** All cues of the sentence in reading order; overlapping shorter matches are dropped. */
export function findCues(u: Unit): CueHit[] {
  const hits: CueHit[] = [];
  // Words up to here belong to a cue found already (cues are found left to right, each a run of words).
  let takenUntil = 0;
  const w = u.words;
  for (let i = 0; i < w.length; i++) {
    if (i < takenUntil) continue;
    if (NAMING.testToken(w[i]!) && !quoted(u, w[i]!.start)) {
      const k = w.slice(i + 1, i + 1 + NAMING_WINDOW).findIndex((x) => FALSITY.testToken(x));
      if (k >= 0) {
        hits.push({ family: 'deny', from: i, to: i + 1, text: `${w[i]!.text} … ${w[i + 1 + k]!.text}`, inQuote: false });
        continue;
      }
    }
    const ps = patternsStartingWith(w[i]!);
    // Asked once per word that starts cues: when the next word is no second word of any, only one-word cues remain.
    const longer = ps.length > 0 && continues(w, i, CUE_SECOND);
    for (const p of ps) {
      if ((p.tokens.length > 1 && !longer) || !matchAt(w, i, p.tokens, 1)) continue;
      const inQuote = quoted(u, w[i]!.start);
      // Inside a quotation only a flat denial ("не відповідає дійсності", "not true") is the speaker's cue.
      if (inQuote && !(p.family === 'deny' && p.tokens.length > 1)) continue;
      hits.push({ family: p.family, from: i, to: i + p.tokens.length, text: span(u, i, i + p.tokens.length), inQuote });
      takenUntil = i + p.tokens.length;
      break;
    }
  }
  return hits.sort((a, b) => a.from - b.from);
}

/** All attribution phrases outside quotations. */
export function findPhrases(u: Unit): PhraseHit[] {
  const out: PhraseHit[] = [];
  const w = u.words;
  for (let i = 0; i < w.length; i++) {
    if (!PHRASE_FIRST.testToken(w[i]!) || quoted(u, w[i]!.start)) continue;
    const longer = continues(w, i, PHRASE_SECOND);
    for (const p of phrasesStartingWith(w[i]!)) {
      if ((p.tokens.length > 1 && !longer) || !matchAt(w, i, p.tokens, 1)) continue;
      out.push({ role: p.role, from: i, to: i + p.tokens.length, text: span(u, i, i + p.tokens.length) });
      i += p.tokens.length - 1;
      break;
    }
  }
  return out;
}

/** The strongest cue family present: a no-comment or a denial decides the sentence over a "said". */
export const FAMILY_RANK: Record<CueFamily, number> = { 'no-comment': 5, deny: 4, confirm: 3, report: 2, say: 1 };
