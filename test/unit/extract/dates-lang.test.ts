/** Dates (machine and human, Kyiv time) and the letter-based language heuristic. */
import { describe, expect, it } from 'vitest';
import { kyivOffsetMinutes, normalizeIsoDate, parseHumanDate } from '../../../src/extract/dates';
import { guessLangFromText, langFromTag } from '../../../src/extract/lang-guess';
import { registrableDomain } from '../../../src/extract/outlet';

describe('dates', () => {
  it('normalizes machine dates to seconds and ±HH:MM', () => {
    expect(normalizeIsoDate('2026-05-20T17:59+03:00')).toBe('2026-05-20T17:59:00+03:00');
    expect(normalizeIsoDate('2026-05-20T14:59:00.000Z')).toBe('2026-05-20T14:59:00+00:00');
    expect(normalizeIsoDate('2026-05-20 17:59:00 +0300')).toBe('2026-05-20T17:59:00+03:00');
    expect(normalizeIsoDate('2026-05-20')).toBe('2026-05-20');
    expect(normalizeIsoDate('2026-05-20T17:59:00', true)).toBe('2026-05-20T17:59:00+03:00');
    expect(normalizeIsoDate('2026-05-20T17:59:00')).toBe('2026-05-20T17:59:00');
    expect(normalizeIsoDate('20.05.2026')).toBeUndefined();
    expect(normalizeIsoDate('2026-13-40T10:00:00Z')).toBeUndefined();
  });

  it('knows Kyiv summer time starts on the last Sunday of March and ends on the last Sunday of October', () => {
    expect(kyivOffsetMinutes(2025, 3, 29, 12)).toBe(120);
    expect(kyivOffsetMinutes(2025, 3, 30, 12)).toBe(180);
    expect(kyivOffsetMinutes(2025, 10, 25, 12)).toBe(180);
    expect(kyivOffsetMinutes(2025, 10, 26, 12)).toBe(120);
  });

  it('reads Ukrainian, Russian, English and numeric human dates as Kyiv time', () => {
    expect(parseHumanDate('20 травня 2026, 17:59')).toBe('2026-05-20T17:59:00+03:00');
    expect(parseHumanDate('Текст: 23 мая 2026, 09:05')).toBe('2026-05-23T09:05:00+03:00');
    expect(parseHumanDate('14 березня 2025 21:40')).toBe('2025-03-14T21:40:00+02:00');
    expect(parseHumanDate('1 March 2025')).toBe('2025-03-01');
    expect(parseHumanDate('12:30, 20.05.2026')).toBe('2026-05-20T12:30:00+03:00');
    expect(parseHumanDate('01.12.2024 07:12')).toBe('2024-12-01T07:12:00+02:00');
    expect(parseHumanDate('учора')).toBeUndefined();
    expect(parseHumanDate('35 травня 2026')).toBeUndefined();
  });
});

describe('language', () => {
  it('reads tags and locales', () => {
    expect([langFromTag('uk-UA'), langFromTag('ru_RU'), langFromTag('en'), langFromTag('ua'), langFromTag('de'), langFromTag(null)]).toEqual(['uk', 'ru', 'en', 'uk', undefined, undefined]);
  });

  it('tells Ukrainian, Russian and English text apart by letters, and declines when unsure', () => {
    expect(guessLangFromText('Генсек НАТО заявив, що Китай є вирішальним посібником війни Росії проти України.')).toBe('uk');
    expect(guessLangFromText('Генсек НАТО заявил, что Китай является решающим пособником войны России против Украины. По его словам, без китайских станков и микроэлектроники Россия не смогла бы вести эту войну, и это серьёзно.')).toBe('ru');
    expect(guessLangFromText('NATO chief says China is a decisive enabler of Russia\'s war against Ukraine.')).toBe('en');
    expect(guessLangFromText('НАТО')).toBeUndefined();
    expect(guessLangFromText('Китай і Росія; Китай и Россия; ы і ы і ы і')).toBeUndefined();
  });

  it('stops reading once one language is overwhelming, and reads on while the evidence is mixed', () => {
    const uk = 'Генсек НАТО заявив, що Китай є вирішальним посібником війни Росії проти України. '.repeat(20);
    const ru = 'Генсек НАТО заявил, что Китай является решающим пособником войны России против Украины, это серьёзно. '.repeat(40);
    // A long Ukrainian opening decides before the Russian tail is read.
    expect(guessLangFromText(uk + ru)).toBe('uk');
    // A short one does not: the whole sample is weighed, and the Russian majority wins.
    expect(guessLangFromText(uk.slice(0, 90) + ru)).toBe('ru');
    // Evenly mixed text never stops early and stays undecided.
    expect(guessLangFromText((uk.slice(0, 90) + ru.slice(0, 110)).repeat(20))).toBeUndefined();
  });

  it('finds registrable domains', () => {
    expect(['ua.korrespondent.net', 'www.pravda.com.ua', 'itvi.cc', 'news.bbc.co.uk', 'localhost', '127.0.0.1'].map(registrableDomain)).toEqual(['korrespondent.net', 'pravda.com.ua', 'itvi.cc', 'bbc.co.uk', 'localhost', '127.0.0.1']);
  });
});
