import { describe, expect, it } from 'vitest';
import { WordEnd } from '../../../src/extract/word-end';
import { COMMON_DROP_TEXT, furnitureKind } from '../../../src/extract/furniture';
import { ADAPTERS } from '../../../src/extract/index';

// Lines around the word end: ASCII and non-ASCII letters, marks, punctuation, the end of the text.
const TAILS = ['', ' ', ':', '.', ',', '!', '1', 'x', 'X', 'і', 'ї', 'Ж', 'ё', 'é', 'ß', '中', 'ا', '\u0301', '\u00a0', '«', '—', '-', '…'];
const HEADS = [
  'Читайте також', 'ЧИТАЙТЕ ТАКОЖ', 'Читайте также', 'читайте тоже', 'Дивіться більше', 'Смотрите  также', 'Читати також',
  'Поділитися', 'Поделиться', 'Share', 'SHARE', 'Читайте також:  Читайте також', 'Читайте', 'Вас також можуть зацікавити',
  'Фото', 'Фото ілюстративне', 'Photo', 'Відео', 'Колаж', 'Джерело фото', 'Теги', 'Автор', 'Read also', 'See also',
];
const LINES = HEADS.flatMap((h) => TAILS.flatMap((t) => [h + t, `${h}${t} Reuters`, `${h}${t}ще текст`]));

describe('WordEnd', () => {
  it('gives exactly the exact regex\'s test on every line, for every common and adapter furniture pattern', () => {
    const patterns = [...COMMON_DROP_TEXT.map((r) => r[0]), ...ADAPTERS.flatMap((a) => a.dropText ?? [])];
    expect(patterns.filter((p) => p instanceof WordEnd).length).toBeGreaterThan(4);
    let matched = 0;
    for (const p of patterns) {
      const exact = p instanceof WordEnd ? new RegExp(`${p.head.source}(?!\\p{L})`, p.head.flags) : p;
      for (const line of LINES) {
        const want = exact.test(line);
        expect(p.test(line), `${p} on ${JSON.stringify(line)}`).toBe(want);
        if (want) matched++;
      }
    }
    // The lines exercise both answers, including a head match followed by a letter.
    expect(matched).toBeGreaterThan(50);
    const share = new WordEnd(/^Share/iu);
    expect(share.test('Shareholders')).toBe(false);
    expect(share.test('Share中')).toBe(false);
    expect(share.test('Share\u0301')).toBe(true);
  });

  it('makes the exact pattern only when a head match runs on into a letter or a non-ASCII character', () => {
    const w = new WordEnd(/^Share/iu);
    expect([w.test('Share this'), w.test('Share'), w.test('SHARE:'), w.test('Nothing')]).toEqual([true, true, true, false]);
    expect((w as unknown as { exactRe?: RegExp }).exactRe).toBeUndefined();
    expect(w.test('Share中')).toBe(false);
    expect(String((w as unknown as { exactRe?: RegExp }).exactRe)).toBe('/^Share(?!\\p{L})/iu');
    expect(() => new WordEnd(/a/g)).toThrow(/g or y flag/);
  });
});

describe('furnitureKind with cheap pre-tests', () => {
  it('names the same furniture as the patterns alone (first matching rule, length caps)', () => {
    const slow = (text: string): string | undefined => {
      for (const [p, name, max] of COMMON_DROP_TEXT) {
        const exact = p instanceof WordEnd ? p.exact : p;
        if ((max === undefined || text.length <= max) && exact.test(text)) return name;
      }
      return undefined;
    };
    for (const line of LINES) {
      const fast = furnitureKind(line);
      // furnitureKind also knows promos; where the table alone names something, both agree.
      if (slow(line) !== undefined || fast !== 'promo') expect(fast, line).toBe(slow(line));
    }
    expect(furnitureKind('Фото Reuters')).toBe('photo-credit');
    expect(furnitureKind('Фото ілюстративне «Reuters»')).toBe('photo-credit');
    expect(furnitureKind('Фото ілюстративне')).toBe('photo-credit');
    expect(furnitureKind('Фотографія показала, що Китай таємно провів навчання')).toBeUndefined();
  });
});
