/**
 * The date and number parsers try their digit-led patterns only where a run of ASCII digits begins
 * (asciiDigitRuns), sticky, instead of scanning the whole sentence, and their month-led date patterns
 * only at monthStarts. That finds the same matches only if no match of a global scan begins anywhere
 * else: checked here on every corpus text, as written and in upper case, for every such pattern.
 */
import { describe, expect, it } from 'vitest';
import { fixtureParagraphs, labelledSentences } from '../../../eval/corpus-texts';
import { asciiDigitRuns, firstAsciiDigit } from '../../../../src/core/text/ascii-digit';
import { datePatternsForTest, monthStarts } from '../../../../src/core/text/dates';
import { numberPatternsForTest } from '../../../../src/core/text/numbers';
import { plainLower } from '../../../../src/core/text/plain-case';

function texts(): string[] {
  const base = [...labelledSentences(), ...fixtureParagraphs()].concat([
    '12-05-2024, 044-205-43-00, 208/1, R40-06068', '1,500,000 і 1 500 000,5 та 2.5', '28.02.2025 р. і 17:59', '٣ 5 and 12٣4', 'a1 1a 11', '7', '',
  ]);
  return base.flatMap((t) => [t, t.toUpperCase()]);
}

/** Where the successive matches of a global scan of `re` over `s` begin. */
function matchStarts(re: RegExp, s: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(m.index);
  return out;
}

describe('asciiDigitRuns', () => {
  it('finds where the runs of /[0-9]+/g begin and answers /[0-9]{4}/ and /[0-9][-/][0-9]/, whatever the order of questions', () => {
    const all = texts();
    for (const t of [...all, ...all.reverse()]) {
      const runs = [...t.matchAll(/[0-9]+/g)];
      expect(firstAsciiDigit(t)).toBe(t.search(/[0-9]/));
      const r = asciiDigitRuns(t);
      expect(r.starts).toEqual(runs.map((m) => m.index));
      expect(r.longest >= 4).toBe(/[0-9]{4}/.test(t));
      expect(r.joined).toBe(/[0-9][-/][0-9]/.test(t));
    }
  });
});

describe('digit-led and month-led patterns', () => {
  it('match only where a digit run begins (dates and numbers), or at monthStarts (month-led dates over lowercased text)', () => {
    let checked = 0;
    for (const t of texts()) {
      const low = plainLower(t);
      for (const lower of [false, true]) {
        if (lower && low === null) continue;
        const runs = asciiDigitRuns(t).starts;
        for (const { re, lead } of datePatternsForTest(lower)) {
          if (lead === 'other' || (lead === 'month' && !lower)) continue;
          // Digits stand at the same places in the text and its lowercase, which a pattern may run over.
          const want = lead === 'digit' ? runs : monthStarts(low!, runs);
          for (const s of lead === 'month' ? [low!] : lower ? [t, low!] : [t]) {
            for (const at of matchStarts(re, s)) {
              expect(want, `${re.source.slice(0, 40)} in ${t}`).toContain(at);
              checked++;
            }
          }
        }
        for (const re of numberPatternsForTest(lower)) {
          for (const at of matchStarts(re, t)) {
            expect(runs, t).toContain(at);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
