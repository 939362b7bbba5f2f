import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLang } from '../../../../src/core/text/lang';
import { EN, RU, UK, UND } from './lang-samples';

describe('detectLang on one-sentence samples', () => {
  it('has at least 30 samples per language', () => {
    expect(UK.length).toBeGreaterThanOrEqual(30);
    expect(RU.length).toBeGreaterThanOrEqual(30);
    expect(EN.length).toBeGreaterThanOrEqual(30);
  });
  it.each(UK)('uk: %s', (s) => expect(detectLang(s)).toBe('uk'));
  it.each(RU)('ru: %s', (s) => expect(detectLang(s)).toBe('ru'));
  it.each(EN)('en: %s', (s) => expect(detectLang(s)).toBe('en'));
  it.each(UND)('und: %j', (s) => expect(detectLang(s)).toBe('und'));
});

describe('detectLang on seed paragraphs', () => {
  const seeds = `${process.cwd()}/test/fixtures/seeds`;
  const paragraphs = (name: string): string[] =>
    readFileSync(`${seeds}/${name}`, 'utf8')
      .split(/\n+/)
      .map((p) => p.trim())
      .filter((p) => p.length >= 80 && !p.startsWith('['));

  it.each(['000_7c6df436ebc60103.txt', '001_8e55234a8a4b99ad.txt', '002_eb7ed5404d878439.txt', '003_06122abc681c02fb.txt', '004_0fd45637b17b23f4.txt'])(
    'every long paragraph of %s is Ukrainian',
    (name) => {
      const ps = paragraphs(name);
      expect(ps.length).toBeGreaterThan(3);
      const wrong = ps.filter((p) => detectLang(p) !== 'uk');
      expect(wrong).toEqual([]);
    },
  );

  it('a Ukrainian paragraph with a long Russian quote stays Ukrainian', () => {
    const p = 'Речник Кремля Дмитро Пєсков заявив журналістам: «Мы не видим никаких оснований для этого, это все провокации». Аналітики вважають, що Москва намагається виграти час.';
    expect(detectLang(p)).toBe('uk');
  });

  it('a Belarusian sentence is not forced into uk or ru', () => {
    expect(detectLang('Беларусь і Расія правялі сумесныя вучэнні ў мінулым тыдні.')).toBe('und');
  });

  it('non-strings are und, not a crash', () => {
    expect(detectLang(undefined as unknown as string)).toBe('und');
  });
});
