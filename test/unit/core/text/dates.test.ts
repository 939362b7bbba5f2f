import { describe, expect, it } from 'vitest';
import { parseDates } from '../../../../src/core/text/dates';

const isos = (text: string, lang: Parameters<typeof parseDates>[1], ref?: Date) => parseDates(text, lang, ref).map((d) => d.iso);
const spans = (text: string, lang: Parameters<typeof parseDates>[1], ref?: Date) => parseDates(text, lang, ref).map((d) => text.slice(d.start, d.end));
// Seed 000 was published on Wednesday 20 May 2026, 17:59 Kyiv time.
const REF = new Date('2026-05-20T14:59:00Z');

describe('parseDates', () => {
  it('reads day + month in every month and case', () => {
    expect(isos('20 травня', 'uk')).toEqual(['--05-20']);
    expect(isos('30 грудня', 'uk')).toEqual(['--12-30']);
    expect(isos('15 листопада', 'uk')).toEqual(['--11-15']);
    expect(isos('20 мая', 'ru')).toEqual(['--05-20']);
    expect(isos('1 січня, 2 лютого, 3 березня, 4 квітня, 5 червня, 6 липня, 7 серпня, 8 вересня, 9 жовтня', 'uk')).toEqual([
      '--01-01', '--02-02', '--03-03', '--04-04', '--06-05', '--07-06', '--08-07', '--09-08', '--10-09',
    ]);
    expect(isos('1 января, 2 февраля, 3 марта, 4 апреля, 5 июня, 6 июля, 7 августа, 8 сентября, 9 октября, 10 ноября, 11 декабря', 'ru')).toHaveLength(11);
  });

  it('reads full dates with the year, capitalized months and the "року" tail', () => {
    expect(spans('28 лютого 2025 року', 'uk')).toEqual(['28 лютого 2025 року']);
    expect(isos('28 лютого 2025 року', 'uk')).toEqual(['2025-02-28']);
    expect(isos('29 Квітня 2024', 'uk')).toEqual(['2024-04-29']);
    expect(isos('1 марта 2025 года', 'ru')).toEqual(['2025-03-01']);
    expect(isos('28.02.2025', 'uk')).toEqual(['2025-02-28']);
    expect(isos('2025-02-28', 'en')).toEqual(['2025-02-28']);
  });

  it('reads English orders', () => {
    expect(isos('March 21', 'en')).toEqual(['--03-21']);
    expect(isos('March 21, 2025', 'en')).toEqual(['2025-03-21']);
    expect(isos('on Jan. 5 and on 5 March 2024', 'en')).toEqual(['--01-05', '2024-03-05']);
  });

  it('reads months and years without a day', () => {
    expect(isos('в лютому 2022 року', 'uk')).toEqual(['2022-02']);
    expect(isos('в феврале 2022 года', 'ru')).toEqual(['2022-02']);
    expect(isos('з 2022 року', 'uk')).toEqual(['2022']);
    expect(isos('у 2006-у році, ще 2023-го', 'uk')).toEqual(['2006', '2023']);
    expect(isos('in 2022', 'en')).toEqual(['2022']);
  });

  it('resolves weekdays and relative days against ref, and omits them without it', () => {
    expect(isos('у середу', 'uk', REF)).toEqual(['2026-05-20']);
    expect(isos('в понеділок', 'uk', REF)).toEqual(['2026-05-18']);
    expect(isos('в среду', 'ru', REF)).toEqual(['2026-05-20']);
    expect(isos('во вторник', 'ru', REF)).toEqual(['2026-05-19']);
    expect(isos('on Wednesday', 'en', REF)).toEqual(['2026-05-20']);
    expect(isos('вчора', 'uk', REF)).toEqual(['2026-05-19']);
    expect(isos('у середу', 'uk')).toEqual([]);
    expect(isos('вчора', 'uk')).toEqual([]);
  });

  it('gives a day without a year the year of the recent past', () => {
    expect(isos('20 травня', 'uk', REF)).toEqual(['2026-05-20']);
    expect(isos('30 грудня', 'uk', new Date('2023-01-05T00:00:00Z'))).toEqual(['2022-12-30']);
  });

  it('does not repeat the weekday of "у середу, 20 травня"', () => {
    const s = 'Про це повідомляє Інтерфакс-Україна у середу, 20 травня.';
    expect(spans(s, 'uk', REF)).toEqual(['20 травня']);
    expect(isos(s, 'uk', REF)).toEqual(['2026-05-20']);
  });

  it('rejects impossible dates and bad input', () => {
    expect(isos('31.02.2025, 32 травня, 29 лютого 2025', 'uk')).toEqual(['2025-02']); // the month survives a bad day
    expect(isos('29 лютого 2024', 'uk')).toEqual(['2024-02-29']);
    expect(() => parseDates(null as unknown as string, 'uk')).toThrow(/string/);
    expect(() => parseDates('20 травня', 'uk', new Date('nope'))).toThrow(/Date/);
  });
});
