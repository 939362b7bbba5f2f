/**
 * The word hints (word-hints.ts) only skip scans that would find nothing: with them the date and number
 * parsers return exactly what they return without, on every corpus sentence (as written and upper-cased)
 * and on words built to break the reasoning (soft hyphens, combining marks, ё, apostrophe variants,
 * number words glued to digits or hyphens). And the hints do skip: most corpus sentences get them.
 */
import { describe, expect, it } from 'vitest';
import { fixtureParagraphs, labelledSentences } from '../../../eval/corpus-texts';
import { wordHints } from '../../../../src/core/claims/word-hints';
import { parseDates } from '../../../../src/core/text/dates';
import { parseNumbers } from '../../../../src/core/text/numbers';
import { splitSentences } from '../../../../src/core/text/segment';
import { words } from '../../../../src/core/text/tokenize';

const REF = new Date('2026-05-20T12:00:00Z');
const EDGE = [
  'вчо\u00ADра прийшли три\u0306 й сто\u0301 тисяч', 'Вчёра, в четвёрг і у середу', 'дві\u00ADсті дронів і п\u00ADять', "п’ять, пʼять, П'ЯТЬ, дев`ять",
  'Сорок-п\'ять і двох-трьох, 5сто та сто5', 'KN-23, Су-34 і двісті', 'ТИСЯЧА ДВІСТІ', 'on Wednesday two hundred', 'сьогодні\u0301 і today\u0301',
  'у п\u2019ятницю та в пʼятницю', 'сто\u200Bтисяч і пів\u2060мільйона', '\u0344тридцять', 'Σ два', 'вчора', '', '2024.',
  // Boundaries: digits, backticks and primes next to day and number words, letters glued on.
  '5вчора і вчора5, у п`ятницю, у п\u2032ятницю', 'двісті5 і 5двісті, ʹдва, два\u02B9, д`ва', 'serednyi позавчорашній сьогоднішній тридцятий',
];

function texts(): string[] {
  const paras = [...labelledSentences(), ...fixtureParagraphs(), ...EDGE];
  return paras.flatMap((p) => splitSentences(p).map((s) => s.text)).flatMap((t) => [t, t.toUpperCase()]);
}

describe('word hints', () => {
  it('never change what the date and number parsers find', () => {
    let skipped = 0;
    let found = 0;
    const all = texts();
    for (const t of all) {
      const hints = wordHints(words(t));
      if (hints.noDayWords && hints.noNumberWords) skipped++;
      const dates = parseDates(t, 'uk', REF);
      const nums = parseNumbers(t, 'uk');
      found += dates.length + nums.length;
      const same = JSON.stringify([parseDates(t, 'uk', REF, hints), parseNumbers(t, 'uk', hints)]) === JSON.stringify([dates, nums]);
      if (!same) expect([t, parseDates(t, 'uk', REF, hints), parseNumbers(t, 'uk', hints)]).toEqual([t, dates, nums]);
    }
    expect(found).toBeGreaterThan(200);
    expect(skipped).toBeGreaterThan(all.length / 2);
  });

  it('say "maybe" for words the tokenizer normalized in full', () => {
    expect(wordHints(words('три\u0306')).noNumberWords).toBe(false);
    expect(wordHints(words('вчо\u00ADра')).noDayWords).toBe(false);
    expect(wordHints(words('різні речі')).noNumberWords).toBe(true);
    // Day and number words count only whole: "серед" (among) and "просто" rule nothing in.
    expect(wordHints(words('серед них просто вчорашні стратегії 5'))).toEqual({ noDayWords: true, noNumberWords: true, noMonthWords: true });
  });
});
