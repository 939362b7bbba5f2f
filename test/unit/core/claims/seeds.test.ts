/**
 * The examples the brief pins down, on the seed articles' own paragraphs (text as on the page, link
 * markup removed), each with the article's publication date so "генсек НАТО" resolves to the right holder.
 */
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../../src/core/claims/index';
import type { Claim } from '../../../../src/core/types';
import { article } from './helpers';

const SEED_000 = [
  'Рютте відзначив зростання координації між Росією, Китаєм, Іраном і Північною Кореєю.',
  'Генеральний секретар НАТО Марко Рютте утримався від коментарів щодо повідомлень про можливу підготовку Китаєм російських військових для війни проти України, але заявив про посилення співпраці між Китаєм, Росією, Іраном і Північною Кореєю. Про це повідомляє Інтерфакс-Україна у середу, 20 травня.',
  '"Те, що відбувається, полягає в тому, що з 2022 року ми бачимо, як Китай, Росія, Північна Корея та Іран тісно співпрацюють", - зазначив генсек у штаб-квартирі НАТО.',
  'Нагадаємо, агентство Reuters із посиланням на документи та заяву трьох європейських розвідувальних служб писало, що наприкінці минулого року Китай таємно провів підготовку близько 200 російських військовослужбовців на своїй території, частина з яких брала участь у бойових діях в Україні.',
  'Згодом Китай спростував публікацію Reuters про таємну підготовку в КНР російських військових.',
];
const SEED_001 = [
  'Генеральний секретар Північноатлантичного альянсу Єнс Столтенберг заявив, що рф зверталась до КНР з проханням надати летальну допомогу.',
  'Про це сьогодні під час презентації щорічного звіту НАТО заявив Столтенберг, цитує телеканал CNN.',
  '"Ми не бачили жодних доказів того, що Китай постачає летальну зброю росії, але бачили деякі ознаки того, що такий запит з боку росії був, і що це питання розглядає в Пекіні китайська влада", – сказав Столтенберг.',
  'Генсек НАТО застеріг Китай від надання росії летальної допомоги, бо інакше це означатиме підтримку незаконної війни.',
];
const SEED_002 = [
  'Тодішній держсекретар США Ентоні Блінкен заявляв, що КНР є головним постачальником військових верстатів у Росію.',
  '15 листопада Frankfurter Allgemeine Zeitung із посиланням на три джерела повідомило, що Китай уперше надав РФ зброю для використання у війні проти України.',
];

function find(claims: Claim[], start: string): Claim {
  const c = claims.find((x) => x.text.startsWith(start));
  if (!c) throw new Error(`no claim starting "${start}" among: ${claims.map((x) => x.text.slice(0, 40)).join(' | ')}`);
  return c;
}

describe('seed 000 (Korrespondent, 20 May 2026)', () => {
  const claims = detectClaims(article(SEED_000, 'uk', '2026-05-20'), { ref: new Date('2026-05-20T18:00:00Z') });

  it('finds the Reuters report: kind report, source reuters, about china and russia, 200 servicemen', () => {
    const c = find(claims, 'Нагадаємо, агентство Reuters');
    expect(c.kind).toBe('report');
    expect(c.source).toBe('reuters');
    expect(c.entities).toEqual(expect.arrayContaining(['china', 'russia']));
    expect(c.numbers).toContain(200);
    expect(c.concepts).toEqual(expect.arrayContaining(['train', 'troops']));
  });

  it("finds China's denial of the Reuters report", () => {
    const c = find(claims, 'Згодом Китай спростував');
    expect(c.kind).toBe('denial');
    expect(['china', 'mfa-china']).toContain(c.speaker);
    expect(c.target).toBe('reuters');
    expect(c.cue).toBe('спростував');
  });

  it('finds Rutte declining to comment, sourced to Interfax-Ukraine by the next sentence', () => {
    const c = find(claims, 'Генеральний секретар НАТО Марко Рютте утримався');
    expect(c.kind).toBe('no-comment');
    expect(c.speaker).toBe('rutte');
    expect(c.source).toBe('interfax-ukraine');
    expect(c.hedged).toBe(true); // "можливу підготовку"
  });

  it('resolves "– зазначив генсек" to Rutte and never returns the attribution-only sentence', () => {
    expect(find(claims, '"Те, що відбувається').speaker).toBe('rutte');
    expect(claims.some((c) => c.text.startsWith('Про це повідомляє'))).toBe(false);
  });
});

describe('seed 001 (iPress, 2023)', () => {
  const claims = detectClaims(article(SEED_001, 'uk', '2023-03-21'));

  it('finds the negated statement by Stoltenberg', () => {
    const c = find(claims, '"Ми не бачили жодних доказів');
    expect(c.kind).toBe('statement');
    expect(c.speaker).toBe('stoltenberg');
    expect(c.negated).toBe(true);
    expect(c.concepts).toEqual(expect.arrayContaining(['supply', 'weapons']));
  });

  it('carries "цитує телеканал CNN" back to the sentence before, and "Генсек НАТО" is Stoltenberg in 2023', () => {
    const lead = find(claims, 'Генеральний секретар Північноатлантичного');
    expect(lead.speaker).toBe('stoltenberg');
    expect(lead.source).toBe('cnn');
    expect(find(claims, 'Генсек НАТО застеріг').speaker).toBe('stoltenberg');
  });
});

describe('seed 002 (Gordon)', () => {
  const claims = detectClaims(article(SEED_002, 'uk', '2025-03-01'));

  it('finds the FAZ report with its date', () => {
    const c = find(claims, '15 листопада Frankfurter');
    expect(c.kind).toBe('report');
    expect(c.source).toBe('faz');
    expect(c.dates.some((d) => d.endsWith('-11-15'))).toBe(true);
  });

  it('attributes a past-tense statement to Blinken', () => {
    const c = find(claims, 'Тодішній держсекретар');
    expect(c.speaker).toBe('blinken');
    expect(c.kind).toBe('statement');
  });
});
