/**
 * One record per distinct word, shared by every vocabulary tested on it: each sentence word used to
 * be probed once per vocabulary (negation, hedges, cues, phrases, first person...), and a Map or Set
 * probe on a fresh string costs ~100 ns in V8, ~8% of detection. The record is found with one probe
 * (then kept on the token), and each vocabulary keeps its answer in a slot of it.
 */
import type { Token } from './deps';

/**
 * Answer slots per record, handed out in order of first use; a vocabulary that comes later is asked
 * directly. Slots are bits of two small integers: 30 keeps them V8 small integers (no heap numbers).
 */
const SLOTS = 30;
/** Bound on the records (distinct words); past it they start over (a long-lived worker sees many pages). */
const RECORDS_MAX = 20_000;

/**
 * Answers of the vocabularies for one word: bit `slot` of `asked` says it was asked, of `yes` what it
 * answered (fields of the record itself: a typed array was one more pointer to chase, a cache miss per word).
 */
class WordRecord {
  asked = 0;
  yes = 0;
  /**
   * Object-valued answers (the cue patterns a word can start, its role, its concepts per language) by value
   * slot: the first INLINE_VALUES in fields of the record (no array to chase), the rest in `more`.
   */
  v0: unknown = undefined;
  v1: unknown = undefined;
  v2: unknown = undefined;
  v3: unknown = undefined;
  v4: unknown = undefined;
  more: unknown[] | undefined = undefined;
  /** Not part of a serialized token (analyzeArticle's units are dumped as JSON by the tools). */
  toJSON(): undefined {
    return undefined;
  }
}

/** Value slots kept in the record's own fields. */
const INLINE_VALUES = 5;

/** The object-valued answer of `r` in `slot` (from valueSlot), or undefined when not stored yet. */
export function valueOf(r: WordRecord, slot: number): unknown {
  if (slot === 0) return r.v0;
  if (slot === 1) return r.v1;
  if (slot === 2) return r.v2;
  if (slot === 3) return r.v3;
  if (slot === 4) return r.v4;
  return r.more?.[slot - INLINE_VALUES];
}

/** Stores the object-valued answer of `r` in `slot`. */
export function setValue(r: WordRecord, slot: number, v: unknown): void {
  if (slot === 0) r.v0 = v;
  else if (slot === 1) r.v1 = v;
  else if (slot === 2) r.v2 = v;
  else if (slot === 3) r.v3 = v;
  else if (slot === 4) r.v4 = v;
  else (r.more ??= [])[slot - INLINE_VALUES] = v;
}

const records = new Map<string, WordRecord>();
let nextSlot = 0;
let nextValueSlot = 0;

/** A free answer slot, or -1 when all are taken. */
export function answerSlot(): number {
  return nextSlot < SLOTS ? nextSlot++ : -1;
}

/** A fresh slot for object-valued answers (unbounded: one per caller module, not per pattern). */
export function valueSlot(): number {
  return nextValueSlot++;
}

/** A yes-or-no question about a word (a WordTest, a vocabulary check). */
export interface WordQuestion {
  test(word: string): boolean;
}

/**
 * `q.test(word)`, kept in answer bit `slot` (from answerSlot) of the word's record `r`, so each distinct
 * word is asked once; asked every time when `slot` is -1 (no slot was left).
 */
export function keptAnswer(r: WordRecord, slot: number, word: string, q: WordQuestion): boolean {
  if (slot < 0) return q.test(word);
  const bit = 1 << slot;
  if (r.asked & bit) return (r.yes & bit) !== 0;
  const yes = q.test(word);
  r.asked |= bit;
  if (yes) r.yes |= bit;
  return yes;
}

/** The record of `t`'s normalized form (kept on the token after the first call). */
export function recordOf(t: Token): WordRecord {
  const kept = t.memo;
  if (kept instanceof WordRecord) return kept;
  let r = records.get(t.norm);
  if (!r) {
    if (records.size >= RECORDS_MAX) records.clear();
    records.set(t.norm, (r = new WordRecord()));
  }
  t.memo = r;
  return r;
}
