/**
 * parseDates runs its patterns without the `i` flag over lowercased text when that is exact (plain
 * Latin/Cyrillic text) and skips patterns that cannot match; on other text it runs the patterns as
 * written. Both paths must find the same dates: a leading U+3000 (outside the plain set, and not a
 * letter, digit or date space) forces the written patterns, and the answers must agree, shifted.
 */
import { describe, expect, it } from 'vitest';
import { fixtureParagraphs, labelledSentences } from '../../../eval/corpus-texts';
import { monthGroup } from '../../../../src/core/text/date-words';
import { monthStarts, parseDates } from '../../../../src/core/text/dates';
import { asciiDigitRuns } from '../../../../src/core/text/ascii-digit';
import { plainLower } from '../../../../src/core/text/plain-case';

const REF = new Date('2026-05-20T12:00:00Z');
const FORCE = '\u3000 ';

function texts(): string[] {
  return [...labelledSentences(), ...fixtureParagraphs()].concat([
    '29 Квітня 2024 року МЗС ЗАЯВИЛО', 'MARCH 21, 2025 and May 5th', 'У СЕРЕДУ, 20 ТРАВНЯ', 'В Понедельник и ВЧЕРА', 'Last Friday, Today',
    'On 3 of March 2021', 'у 2022-му році', '28.02.2025 р.', '2024-05-06', 'since 1999', 'у п’ятницю', 'у пʼятницю вчора',
    // Month-led patterns tried only at monthStarts: letters, digits and dots glued to the month, runs of spaces, repeats.
    'ятравня 5 і 5травня 6', 'травня. 5 та jan. 5, 2024', 'Sept.\u00A0 12 and Sep 3rd', 'травня 5 травня 6 березня 2021', 'march 2021, травня 2022 року',
    'лютого  2022 , липня\u202F2023р.', 'oct 7th, 2023 oct. 8', 'май 9 мая 2020 года', '12 березня 2020 березня 13',
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

  it('monthStarts holds the start of every month name followed by spaces and a digit, as an unanchored scan finds them', () => {
    // What a match of the month-day and month-year patterns begins with, scanned for the plain way.
    const lead = new RegExp(`(?<![\\p{L}\\p{Nd}])${monthGroup()}[ \\u00A0\\u202F]+[0-9]`, 'gu');
    let seen = 0;
    for (const t of texts()) {
      const low = plainLower(t);
      if (low === null) continue;
      const starts = monthStarts(low, asciiDigitRuns(low).starts);
      for (let at = 0; at < low.length; at++) {
        lead.lastIndex = at;
        const m = lead.exec(low);
        if (!m) break;
        expect(starts, t).toContain(m.index);
        seen++;
        at = m.index;
      }
    }
    expect(seen).toBeGreaterThan(30);
  });
});

