import { describe, expect, it } from 'vitest';
import { parseNumbers, type NumberMention } from '../../../../src/core/text/numbers';

const brief = (text: string, lang: Parameters<typeof parseNumbers>[1]) =>
  parseNumbers(text, lang).map((m: NumberMention) => ({ ...m, text: text.slice(m.start, m.end) }));

describe('parseNumbers', () => {
  it('reads thousands grouped with spaces and no-break spaces', () => {
    expect(brief('Втрати: 912 490 осіб, 10\u00A0478 танків, 370 літаків', 'uk').map((m) => m.value)).toEqual([912490, 10478, 370]);
  });

  it('turns scale words into the full magnitude and keeps the unit', () => {
    const [m] = brief('виділили 1,5 млн доларів', 'uk');
    expect(m).toMatchObject({ value: 1_500_000, unit: 'million', currency: 'USD', text: '1,5 млн доларів' });
    expect(brief('понад 800 тисяч осіб', 'uk')[0]).toMatchObject({ value: 800_000, unit: 'thousand', qualifier: 'over', text: '800 тисяч' });
    expect(brief('2 млрд грн', 'uk')[0]).toMatchObject({ value: 2e9, unit: 'billion', currency: 'UAH' });
    expect(brief('более 1300 военных', 'ru')[0]).toMatchObject({ value: 1300, qualifier: 'over' });
    expect(brief('$300 million', 'en')[0]).toMatchObject({ value: 3e8, unit: 'million', currency: 'USD', text: '$300 million' });
  });

  it('reads percents, years, ordinals and approximate amounts', () => {
    expect(brief('ціни зросли на 25%', 'uk')[0]).toMatchObject({ value: 25, unit: 'percent' });
    expect(brief('на 3,5 відсотка', 'uk')[0]).toMatchObject({ value: 3.5, unit: 'percent' });
    expect(brief('з 2022 року', 'uk')[0]).toMatchObject({ value: 2022, unit: 'year', text: '2022 року' });
    expect(brief('ще 2023-го', 'uk')[0]).toMatchObject({ value: 2023, unit: 'year' });
    expect(brief('не пізніше 14-го дня', 'uk')[0]).toMatchObject({ value: 14, unit: 'ordinal' });
    expect(brief('близько 200 російських військовослужбовців', 'uk')[0]).toMatchObject({ value: 200, qualifier: 'about' });
  });

  it('reads the decimal comma in uk/ru and the thousands comma in en', () => {
    expect(brief('1,500 people', 'en')[0]!.value).toBe(1500);
    expect(brief('1,5 тис.', 'uk')[0]!.value).toBe(1500);
    expect(brief('3.5%', 'en')[0]!.value).toBe(3.5);
  });

  it('reads number words', () => {
    expect(brief('two hundred soldiers', 'en')[0]).toMatchObject({ value: 200, text: 'two hundred' });
    expect(brief('майже пів мільйона переглядів', 'uk')[0]).toMatchObject({ value: 500_000, qualifier: 'about', text: 'пів мільйона' });
    expect(brief('збиття трьох розвідувальних БПЛА', 'uk')[0]).toMatchObject({ value: 3 });
    expect(brief('три тысячи человек', 'ru')[0]).toMatchObject({ value: 3000, unit: 'thousand' });
    expect(brief('бажання мільйонів і тисячі коментарів', 'uk')).toEqual([]);
  });

  it('leaves dates, times, phone numbers and codes alone', () => {
    expect(brief('20 травня 2026, 17:59; 28.02.2025; March 21', 'uk').map((m) => m.text)).toEqual(['2026']);
    expect(brief('Телефон: 044-205-43-00, R40-06068, офіс 208/1', 'uk')).toEqual([]);
  });

  it('offsets slice the input; bad input is an error', () => {
    const s = 'Втрати: 912 490 осіб; 1,5 млн; 25%.';
    for (const m of parseNumbers(s, 'uk')) expect(s.slice(m.start, m.end).length).toBe(m.end - m.start);
    expect(parseNumbers('', 'uk')).toEqual([]);
    expect(() => parseNumbers(42 as unknown as string, 'uk')).toThrow(/string/);
  });
});
