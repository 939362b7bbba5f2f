/**
 * plain-case.ts: the explicit letter class that stands in for \p{L} on plain text must hold exactly
 * the letters plain text and its lowercase can contain, and rewritten sources must match what the
 * `u` originals match.
 */
import { describe, expect, it } from 'vitest';
import { forgetPlainLower, PLAIN_LETTERS, plainLower, plainLowerWithin, plainRegExp, plainSource } from '../../../../src/core/text/plain-case';
import { fixtureParagraphs, labelledSentences } from '../../../eval/corpus-texts';

/** Every code unit that plain text (plainLower not null) or its lowercase can hold. */
function plainUnits(): number[] {
  const out = new Set<number>();
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    const low = plainLower(ch);
    if (low === null) continue;
    out.add(c);
    out.add(low.charCodeAt(0));
  }
  return [...out].sort((a, b) => a - b);
}

describe('PLAIN_LETTERS', () => {
  it('is \\p{L} on every character plain text and its lowercase can hold', () => {
    const cls = new RegExp(`^[${PLAIN_LETTERS}]$`);
    const units = plainUnits();
    expect(units.length).toBeGreaterThan(1000);
    const wrong = units.filter((c) => cls.test(String.fromCharCode(c)) !== /^\p{L}$/u.test(String.fromCharCode(c)));
    expect(wrong.map((c) => c.toString(16))).toEqual([]);
  });
});

describe('plainSource', () => {
  it('rewrites \\p{L} and \\p{Nd} inside and outside classes, and leaves other escapes alone', () => {
    expect(plainSource('(?<![\\p{L}\\p{Nd}])\\p{L}+\\d[\\]\\p{L}]')).toBe(`(?<![${PLAIN_LETTERS}0-9])[${PLAIN_LETTERS}]+\\d[\\]${PLAIN_LETTERS}]`);
    expect(plainSource('\\p{Lu}x')).toBeNull();
    expect(plainSource('\\u{1F600}')).toBeNull();
  });

  it('matches what the u original matches on plain text', () => {
    const src = '(?<![\\p{L}\\p{Nd}])(\\d{1,2}) (\\p{L}+)(?![\\p{L}\\p{Nd}])';
    const texts = ['20 травня 2025', 'а20 травня', '5 мая5', '3 März, 7 ĳssel', '12 ǅemal і 4 straße', '1 ⱥb'];
    for (const t of texts) {
      const want = [...t.matchAll(new RegExp(src, 'gu'))].map((m) => [m.index, m[0]]);
      const got = [...t.matchAll(plainRegExp(src, 'gu'))].map((m) => [m.index, m[0]]);
      expect(got, t).toEqual(want);
    }
    expect(plainRegExp(src, 'gu').flags).toBe('g');
  });
});

describe('plainLowerWithin', () => {
  it('is plainLower of the part, whether or not the whole was lowercased first', () => {
    const cases: [string, [number, number][]][] = [
      ['Генсек НАТО заявив. Китай ЗАПЕРЕЧУЄ: «Це фейк».', [[0, 19], [20, 48]]],
      // Greek capital sigma lowercases by what follows it: final in the part, not in the whole.
      ['ΟΔΟΣ.Νέα ΟΔΟΣ', [[0, 5], [5, 13]]],
      // Not plain as a whole (İ), plain in part.
      ['İstanbul. Київ заявив.', [[0, 9], [10, 22]]],
    ];
    for (const [whole, parts] of cases) {
      for (const first of [true, false]) {
        forgetPlainLower();
        if (first) plainLower(whole);
        for (const [a, b] of parts) {
          const part = whole.slice(a, b);
          const got = plainLowerWithin(whole, part, a);
          forgetPlainLower();
          expect(got, part).toBe(plainLower(part));
          if (first) plainLower(whole);
        }
      }
    }
    forgetPlainLower();
    expect(plainLowerWithin('ΟΔΟΣ.Νέα', 'ΟΔΟΣ.', 0)).toBe('οδος.');
  });

  it('falls back when the part is not at the offset given', () => {
    forgetPlainLower();
    plainLower('Київ заявив. Китай');
    expect(plainLowerWithin('Київ заявив. Китай', 'Китай', 0)).toBe('китай');
  });
});

describe('plainLower', () => {
  // The definition the one-pass version must keep: toLowerCase on plain text (PLAIN), else null.
  const PLAIN = /^[\u0000-\u012F\u0132-\u017E\u0180-\u0344\u0346-\u04FF\u2000-\u206F\u20A0-\u20CF\u2116]*$/;
  const reference = (t: string): string | null => (PLAIN.test(t) ? t.toLowerCase() : null);

  it('is toLowerCase on plain text and null on other text, for every BMP character alone and in words', () => {
    forgetPlainLower();
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [ch, `Аб${ch}`, `${ch}Вг де`]) {
        const want = reference(t);
        if (plainLower(t) !== want) expect([c, plainLower(t)]).toEqual([c, want]);
      }
    }
  });

  it('agrees with the definition on every corpus text, upper-cased too, and around a capital sigma', () => {
    forgetPlainLower();
    const texts = [...labelledSentences(), ...fixtureParagraphs(), 'ΟΔΟΣ Σ ΣΑ', 'Σ', 'aΣ.', 'İSTANBUL', 'Київ — ЄС'];
    for (const t of texts) for (const x of [t, t.toUpperCase()]) expect(plainLower(x)).toBe(reference(x));
  });
});
