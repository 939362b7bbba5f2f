import { describe, expect, it } from 'vitest';
import { wordEndTest } from '../../../src/extract/word-end';
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

describe('wordEndTest', () => {
  it('gives exactly re.test on every line, for every common and adapter furniture pattern', () => {
    const patterns = [...COMMON_DROP_TEXT.map((r) => r[0]), ...ADAPTERS.flatMap((a) => a.dropText ?? [])];
    expect(patterns.filter((re) => re.source.endsWith('(?!\\p{L})')).length).toBeGreaterThan(4);
    let matched = 0;
    for (const re of patterns) {
      for (const line of LINES) {
        const want = re.test(line);
        expect(wordEndTest(re)(line), `${re} on ${JSON.stringify(line)}`).toBe(want);
        if (want) matched++;
      }
    }
    // The lines exercise both answers, including a head match followed by a letter.
    expect(matched).toBeGreaterThan(50);
    expect(wordEndTest(/^Share(?!\p{L})/iu)('Shareholders')).toBe(false);
    expect(wordEndTest(/^Share(?!\p{L})/iu)('Share中')).toBe(false);
    expect(wordEndTest(/^Share(?!\p{L})/iu)('Share\u0301')).toBe(true);
  });

  it('leaves global regexes to their own test, and handles escapes and alternations before the lookahead', () => {
    const re = /a(?!\p{L})/gu;
    expect(wordEndTest(re)('a b')).toBe(true);
    const escaped = new RegExp('^a\\\\(?!\\p{L})', 'u'); // a literal backslash right before the lookahead
    expect(wordEndTest(escaped)('a\\ b')).toBe(escaped.test('a\\ b'));
    expect(wordEndTest(escaped)('a\\b')).toBe(false);
    // A top-level alternation: the lookahead belongs to the last branch only.
    const alt = /^x|^Share(?!\p{L})/iu;
    for (const t of ['xа', 'x', 'Share', 'Shareі', 'Share.']) expect(wordEndTest(alt)(t), t).toBe(alt.test(t));
  });
});

describe('furnitureKind with cheap pre-tests', () => {
  it('names the same furniture as the patterns alone (first matching rule, length caps)', () => {
    const slow = (text: string): string | undefined => {
      for (const [re, name, max] of COMMON_DROP_TEXT) if ((max === undefined || text.length <= max) && re.test(text)) return name;
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
