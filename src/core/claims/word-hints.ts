/**
 * What a sentence's words rule out for the date and number parsers, read off the words' records
 * (word-memo.ts): most sentences hold no weekday, relative day or spelled-out number, and scanning each
 * sentence's characters for them cost more than the rest of those parsers. A word's answer is kept in
 * its record, so a sentence costs one bit test per word.
 */
import { mayHoldDayWord, mayHoldNumberWord, type Token } from './deps';
import { answerSlot, recordOf } from './word-memo';

/** Combining marks: a norm that still holds one came from the tokenizer's full normalization. */
const COMBINING = /[\u0300-\u036f]/;
/** A free record slot for a flag, taken on first use; -1 when none was left. */
const NO_SLOT_YET = -2;

/** A per-word yes/no answer kept in the word's record. */
class WordFlag {
  private slot = NO_SLOT_YET;
  constructor(private readonly test: (norm: string) => boolean) {}

  /** `test(t.norm)`, memoised in the word's record. */
  of(t: Token): boolean {
    if (this.slot === NO_SLOT_YET) this.slot = answerSlot();
    if (this.slot < 0) return this.test(t.norm);
    const r = recordOf(t);
    const bit = 1 << this.slot;
    if (r.asked & bit) return (r.yes & bit) !== 0;
    const yes = this.test(t.norm);
    r.asked |= bit;
    if (yes) r.yes |= bit;
    return yes;
  }
}

// A norm with a combining mark left (or, below, of another length than its text) was normalized in full
// (NFC, invisible characters removed), not folded from the lowercased text at the same offsets: such a
// word may hold anything.
const DAY = new WordFlag((norm) => COMBINING.test(norm) || mayHoldDayWord(norm));
const NUMBER = new WordFlag((norm) => COMBINING.test(norm) || mayHoldNumberWord(norm));

/** The parsers' hints for a sentence with these words (tokenize.ts `words` of the sentence's text). */
export function wordHints(words: readonly Token[]): { noDayWords: boolean; noNumberWords: boolean } {
  let day = false;
  let number = false;
  for (const t of words) {
    if (t.norm.length !== t.end - t.start) return { noDayWords: false, noNumberWords: false };
    if (!day && DAY.of(t)) day = true;
    if (!number && NUMBER.of(t)) number = true;
  }
  return { noDayWords: !day, noNumberWords: !number };
}
