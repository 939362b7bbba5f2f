import { describe, expect, it } from 'vitest';
import { stem } from '../../../../src/core/text/stem';
import table from './stem-table.json';

type LangTable = { groups: string[][]; mustDiffer: string[][] };
const langs = { uk: table.uk as LangTable, ru: table.ru as LangTable };

describe('stem: inflections conflate', () => {
  for (const [lang, t] of Object.entries(langs) as ['uk' | 'ru', LangTable][]) {
    for (const group of t.groups) {
      it(`${lang}: ${group[0]} (${group.length} forms)`, () => {
        const keys = group.map((w) => `${w} → ${stem(w, lang)}`);
        const first = stem(group[0]!, lang);
        expect(keys).toEqual(group.map((w) => `${w} → ${first}`));
        expect(first.length).toBeGreaterThanOrEqual(2);
      });
    }
  }

  it('the table is large enough to mean something (≥ 200 forms)', () => {
    const forms = Object.values(langs).flatMap((t) => t.groups.flat());
    expect(forms.length).toBeGreaterThanOrEqual(200);
  });
});

describe('stem: different words stay apart', () => {
  for (const [lang, t] of Object.entries(langs) as ['uk' | 'ru', LangTable][]) {
    for (const [a, b] of t.mustDiffer) {
      it(`${lang}: ${a} ≠ ${b}`, () => {
        expect(stem(a!, lang)).not.toBe(stem(b!, lang));
      });
    }
  }
});

describe('stem: details', () => {
  it('conflates the English claim verbs', () => {
    const key = stem('denied', 'en');
    expect(['denies', 'deny', 'denial', 'denying'].map((w) => stem(w, 'en'))).toEqual([key, key, key, key]);
    expect(stem('reported', 'en')).toBe(stem('reports', 'en'));
    expect(stem('confirmation', 'en')).toBe(stem('confirmed', 'en'));
    expect(stem('said', 'en')).toBe(stem('says', 'en'));
    expect(stem('report', 'en')).not.toBe(stem('deny', 'en'));
  });

  it('picks the stemmer by script and letters, whatever lang says', () => {
    expect(stem('Reuters', 'uk')).toBe(stem('Reuters', 'en'));
    expect(stem('Китаю', 'en')).toBe(stem('Китаєм', 'uk'));
    expect(stem('опровержение', 'und')).toBe(stem('опроверг', 'ru'));
  });

  it('keeps short acronyms and folds apostrophes, ё, ґ and invisible characters', () => {
    expect(stem('НАТО', 'uk')).toBe('нато');
    expect(stem('КНДР', 'uk')).toBe('кндр');
    expect(stem("зв'язку", 'uk')).toBe(stem('зв’язку', 'uk'));
    expect(stem('зв\u02BCязок', 'uk')).toBe(stem("зв'язок", 'uk'));
    expect(stem('заявлён', 'ru')).toBe(stem('заявлен', 'ru'));
    expect(stem('спросту\u00ADвання', 'uk')).toBe(stem('спростування', 'uk'));
  });

  it('stems hyphenated words part by part', () => {
    expect(stem('Інтерфакс-Україна', 'uk')).toBe(`${stem('Інтерфакс', 'uk')}-${stem('Україна', 'uk')}`);
    expect(stem('Інтерфакс-України', 'uk')).toBe(stem('Інтерфакс-Україна', 'uk'));
  });

  it('gives a clear error for non-strings and survives odd input', () => {
    expect(() => stem(undefined as unknown as string, 'uk')).toThrow(/string/);
    expect(stem('', 'uk')).toBe('');
    expect(stem('2022', 'uk')).toBe('2022');
    expect(stem('-', 'uk')).toBe('-');
  });
});
