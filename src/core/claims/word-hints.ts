/**
 * What a sentence's words rule out for the date and number parsers, read off the words' records
 * (word-memo.ts): most sentences hold no weekday, relative day, month name or spelled-out number, and scanning each
 * sentence's characters for them cost more than the rest of those parsers. A word's answer is kept in
 * its record, so a sentence costs one bit test per word.
 */
import { mayHoldDayWord, mayHoldMonthWord, mayHoldNumberWord, type Token } from './deps';
import { answerSlot, keptAnswer, recordOf, type WordQuestion } from './word-memo';

/** Combining marks: a norm that still holds one came from the tokenizer's full normalization. */
const COMBINING = /[\u0300-\u036f]/;
/** Record slots of the three answers, taken on first use; -1 when none was left. */
const NO_SLOT_YET = -2;
let daySlot = NO_SLOT_YET;
let numberSlot = NO_SLOT_YET;
let monthSlot = NO_SLOT_YET;

// A norm with a combining mark left (or, below, of another length than its text) was normalized in full
// (NFC, invisible characters removed), not folded from the lowercased text at the same offsets: such a
// word may hold anything.
const mayHoldDay: WordQuestion = { test: (norm) => COMBINING.test(norm) || mayHoldDayWord(norm) };
const mayHoldNumber: WordQuestion = { test: (norm) => COMBINING.test(norm) || mayHoldNumberWord(norm) };
const mayHoldMonth: WordQuestion = { test: (norm) => COMBINING.test(norm) || mayHoldMonthWord(norm) };

/** The parsers' hints for a sentence with these words (tokenize.ts `words` of the sentence's text). */
export function wordHints(words: readonly Token[]): { noDayWords: boolean; noNumberWords: boolean; noMonthWords: boolean } {
  if (daySlot === NO_SLOT_YET) {
    daySlot = answerSlot();
    numberSlot = answerSlot();
    monthSlot = answerSlot();
  }
  let day = false;
  let number = false;
  let month = false;
  for (const t of words) {
    if (t.norm.length !== t.end - t.start) return { noDayWords: false, noNumberWords: false, noMonthWords: false };
    // One record per word for all answers.
    const r = recordOf(t);
    if (!day && keptAnswer(r, daySlot, t.norm, mayHoldDay)) day = true;
    if (!number && keptAnswer(r, numberSlot, t.norm, mayHoldNumber)) number = true;
    if (!month && keptAnswer(r, monthSlot, t.norm, mayHoldMonth)) month = true;
    if (day && number && month) break;
  }
  return { noDayWords: !day, noNumberWords: !number, noMonthWords: !month };
}
