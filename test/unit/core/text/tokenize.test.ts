import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { normalizeText } from '../../../../src/core/text/normalize';
import { tokenize, words } from '../../../../src/core/text/tokenize';

describe('tokenize', () => {
  it('keeps internal apostrophes and hyphens in words', () => {
    const t = tokenize("Про це повідомляє Інтерфакс-Україна: зв'язку з Кім Чен Ин немає, зв’язок є.");
    const w = t.filter((x) => x.kind === 'word').map((x) => x.text);
    expect(w).toEqual(['Про', 'це', 'повідомляє', 'Інтерфакс-Україна', "зв'язку", 'з', 'Кім', 'Чен', 'Ин', 'немає', 'зв’язок', 'є']);
    expect(t.find((x) => x.text === 'зв’язок')?.norm).toBe("зв'язок");
  });

  it('keeps numbers with separators and classifies kinds', () => {
    const t = tokenize('Втрати: 1,5 млн, 28.02.2025 та 75-річчя; 2023-го. Кінець...');
    expect(t.map((x) => `${x.kind}:${x.text}`)).toEqual([
      'word:Втрати', 'punct::', 'number:1,5', 'word:млн', 'punct:,', 'number:28.02.2025', 'word:та', 'word:75-річчя',
      'punct:;', 'word:2023-го', 'punct:.', 'word:Кінець', 'punct:...',
    ]);
  });

  it('gives offsets into the input and normalized forms', () => {
    const s = '  «Китай  спростував»\u00A0— Reuters.';
    for (const tok of tokenize(s)) expect(s.slice(tok.start, tok.end)).toBe(tok.text);
    expect(tokenize(s).map((x) => x.norm)).toEqual(['"', 'китай', 'спростував', '"', '-', 'reuters', '.']);
  });

  it('does not split words on soft hyphens or zero-width joiners, and does not end words on a trailing hyphen', () => {
    expect(tokenize('спросту\u00ADвання').map((x) => x.norm)).toEqual(['спростування']);
    expect(tokenize('Росія- і').map((x) => x.text)).toEqual(['Росія', '-', 'і']);
  });

  it('handles astral characters and empty input', () => {
    expect(tokenize('')).toEqual([]);
    const t = tokenize('Так 👍 так');
    expect(t.map((x) => x.text)).toEqual(['Так', '👍', 'так']);
  });

  it('norm equals normalizeText(text) for every token of every seed (the fast path changes nothing)', () => {
    const dir = `${process.cwd()}/test/fixtures/seeds`;
    let n = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      // Every kind of character the fold or the full normalization changes inside a word (the fast path notes them per word).
      const seed = readFileSync(`${dir}/${f}`, 'utf8') + ' ЁЛКА зв’язок спросту\u00ADвання е\u0308ж пʼять пʹять п`ять п′ять Інтерфакс‐Україна Інтерфакс‑Україна cafe\u0301 a\u200Bb ΣΟΦΙΑΣ «Так»';
      // "İ" lowercases to two characters: that text takes the per-token path.
      for (const text of [seed, seed + ' İstanbul']) {
        for (const t of tokenize(text)) {
          expect(t.norm).toBe(normalizeText(t.text));
          expect(text.slice(t.start, t.end)).toBe(t.text);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(2000);
  });

  it('words() builds exactly the word tokens tokenize() finds, on every seed (with numbers, punctuation and odd characters)', () => {
    const dir = `${process.cwd()}/test/fixtures/seeds`;
    let n = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const seed = readFileSync(`${dir}/${f}`, 'utf8') + ' 1,5 млн... 28.02.2025 75-річчя ЁЛКА спросту\u00ADвання е\u0308ж 𝔸';
      for (const text of [seed, seed + ' İstanbul', '', '...', '12 34']) {
        const want = tokenize(text).filter((t) => t.kind === 'word');
        expect(words(text)).toEqual(want);
        n += want.length;
      }
    }
    expect(n).toBeGreaterThan(1000);
  });
});
