import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/core/text/segment';
import { fastBreaks, fastBreaksApply } from '../../../../src/core/text/sentence-breaks';
import { EN, RU, UK } from './lang-samples';

/** The fast scan must give exactly the sentences ICU gives (after the same repair pass). */
function same(text: string, lang: 'uk' | 'ru' | 'en'): void {
  expect(splitSentences(text, lang, 'auto')).toEqual(splitSentences(text, lang, 'icu'));
}

// Fragments that exercise every rule: terminators, closers, SContinue, spaces of several kinds,
// transparent characters, abbreviations, initials, numbers, both cases in both scripts.
const PARTS = [
  'Київ', 'київ', 'Путін', 'сказав', 'the', 'U.S.', 'Mr.', 'В.', 'м.', 'ст.', '5', '2022', 'р.', 'грн.', 'тис.', '.', '.', '!', '?',
  '?!', '…', '...', ',', ';', ':', '-', '–', '—', '"', '«', '»', '(', ')', "'", '’', '“', '”', '„', ' ', ' ', '\u00A0', '\u202F',
  '\u00AD', '\u200B', '\u0301', 'X.', 'Next', 'він', 'Він', 'ok', 'OK', '1.5', '3,5', '[1]', 'т. д.', 'т.е.', 'ЁЛКА', 'ґ', 'É', 'ß',
  '№', '%', '/', '•', '°', '\t',
];

describe('fastBreaks agrees with Intl.Segmenter', () => {
  it('on every seed, in every language setting', () => {
    const dir = `${process.cwd()}/test/fixtures/seeds`;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(`${dir}/${f}`, 'utf8');
      for (const lang of ['uk', 'ru', 'en'] as const) same(text, lang);
    }
  });

  it('on the language samples', () => {
    for (const lang of ['uk', 'ru', 'en'] as const) same([...UK, ...RU, ...EN].join(' '), lang);
  });

  it('on 3,000 generated lines of punctuation soup (seeded, so failures reproduce)', () => {
    let seed = 20260522;
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let k = 0; k < 3000; k++) {
      let s = '';
      const len = 3 + Math.floor(rnd() * 25);
      for (let i = 0; i < len; i++) s += (rnd() < 0.6 ? ' ' : '') + PARTS[Math.floor(rnd() * PARTS.length)]!;
      same(s, k % 2 ? 'uk' : 'en');
    }
  });

  it('hands lines with other scripts or terminators to ICU', () => {
    expect(fastBreaksApply('Київ. Далі.')).toBe(true);
    expect(fastBreaksApply('北京。下一句')).toBe(false);
    expect(fastBreaksApply('Так‼ Далі')).toBe(false);
    expect(fastBreaks('Перше. Друге! Третє? «Четверте.» п\'яте')).toEqual([0, 7, 14, 21]);
  });
});
