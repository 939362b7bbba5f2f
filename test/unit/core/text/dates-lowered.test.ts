/**
 * parseDates runs its patterns without the `i` flag over lowercased text when that is exact (plain
 * Latin/Cyrillic text) and skips patterns that cannot match; on other text it runs the patterns as
 * written. Both paths must find the same dates: a leading U+3000 (outside the plain set, and not a
 * letter, digit or date space) forces the written patterns, and the answers must agree, shifted.
 */
import { describe, expect, it } from 'vitest';
import { fixtureParagraphs, labelledSentences } from '../../../eval/corpus-texts';
import { parseDates } from '../../../../src/core/text/dates';

const REF = new Date('2026-05-20T12:00:00Z');
const FORCE = '\u3000 ';

function texts(): string[] {
  return [...labelledSentences(), ...fixtureParagraphs()].concat([
    '29 Квітня 2024 року МЗС ЗАЯВИЛО', 'MARCH 21, 2025 and May 5th', 'У СЕРЕДУ, 20 ТРАВНЯ', 'В Понедельник и ВЧЕРА', 'Last Friday, Today',
    'On 3 of March 2021', 'у 2022-му році', '28.02.2025 р.', '2024-05-06', 'since 1999', 'у п’ятницю', 'у пʼятницю вчора',
  ]);
}

describe('parseDates on lowercased text', () => {
  it('finds what the patterns as written find, on every corpus text and in upper case', () => {
    let dated = 0;
    for (const t of texts()) {
      for (const x of [t, t.toUpperCase()]) {
        const fast = parseDates(x, 'und', REF);
        const exact = parseDates(FORCE + x, 'und', REF).map((d) => ({ ...d, start: d.start - FORCE.length, end: d.end - FORCE.length }));
        expect(fast, x).toEqual(exact);
        if (fast.length) dated++;
      }
    }
    expect(dated).toBeGreaterThan(100);
  });

  it('leaves text with characters whose case folding differs from lowercasing to the written patterns', () => {
    // "ſ" folds to "s" under the i flag, so "thiſ Friday" is "this Friday" there; lowercasing keeps "ſ".
    expect(parseDates('thiſ Friday', 'en', REF).map((d) => d.iso)).toEqual(['2026-05-15']);
    expect(parseDates('THIS FRIDAY', 'en', REF).map((d) => d.iso)).toEqual(['2026-05-15']);
  });
});
