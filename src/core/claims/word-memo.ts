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
  /** Object-valued answers (cue patterns a word can start), by value slot. */
  readonly values: unknown[] = [];
  /** Not part of a serialized token (analyzeArticle's units are dumped as JSON by the tools). */
  toJSON(): undefined {
    return undefined;
  }
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
