import { describe, expect, it } from 'vitest';
import { inflectAdjective, inflectName } from '../../../../src/core/entities/inflect';

type Row = [name: string, lang: 'uk' | 'ru', opts: { person?: boolean; female?: boolean }, forms: string[]];

// Forms as Ukrainian and Russian media write them; each must be generated from the nominative.
const TABLE: Row[] = [
  ['Столтенберг', 'uk', { person: true }, ['Столтенберга', 'Столтенбергу', 'Столтенбергом', 'Столтенбергові']],
  ['Китай', 'uk', {}, ['Китаю', 'Китаєм', 'Китаї']],
  ['Росія', 'uk', {}, ['Росії', 'Росію', 'Росією']],
  ['Пекін', 'uk', {}, ['Пекіна', 'Пекіні', 'Пекіном']],
  ['Сі Цзіньпін', 'uk', { person: true }, ['Сі Цзіньпіна', 'Сі Цзіньпіну', 'Сі Цзіньпіном']],
  ['Північна Корея', 'uk', {}, ['Північної Кореї', 'Північній Кореї', 'Північну Корею', 'Північною Кореєю']],
  ['Республіка Корея', 'uk', {}, ['Республіки Корея', 'Республікою Корея']],
  ['Рада безпеки ООН', 'uk', {}, ['Ради безпеки ООН', 'Раді безпеки ООН', 'Радою безпеки ООН']],
  ['Сполучені Штати Америки', 'uk', {}, ['Сполучених Штатів Америки', 'Сполученим Штатам Америки', 'Сполученими Штатами Америки']],
  ['путін', 'uk', { person: true }, ['путіна', 'путіну', 'путіним']],
  ['Володимир Путін', 'uk', { person: true }, ['Володимира Путіна', 'Володимиром Путіним']],
  ['Захарова', 'uk', { person: true, female: true }, ['Захарової', 'Захаровій', 'Захарову', 'Захаровою']],
  ['Сибіга', 'uk', { person: true }, ['Сибіги', 'Сибізі', 'Сибігою']],
  ['Зеленський', 'uk', { person: true }, ['Зеленського', 'Зеленському', 'Зеленським']],
  ['Лукашенко', 'uk', { person: true }, ['Лукашенка', 'Лукашенком']],
  ['Кремль', 'uk', {}, ['Кремля', 'Кремлем', 'Кремлі']],
  ['Ізраїль', 'uk', {}, ['Ізраїлю', 'Ізраїлем']],
  ['Америка', 'uk', {}, ['Америки', 'Америці', 'Америкою']],
  ['Харків', 'uk', {}, ['Харкова', 'Харкові']],
  ['Київ', 'uk', {}, ['Києва', 'Києві', 'Києвом']],
  ['Білий дім', 'uk', {}, ['Білого дому', 'Білому домі']],
  ['генеральний секретар НАТО', 'uk', {}, ['генерального секретаря НАТО', 'генеральним секретарем НАТО']],
  ['Інтерфакс-Україна', 'uk', {}, ['Інтерфакс-України']],
  ['Міністерство закордонних справ КНР', 'uk', {}, ['Міністерства закордонних справ КНР', 'Міністерством закордонних справ КНР']],
  ['Кім Чен Ин', 'uk', { person: true }, ['Кім Чен Ина']],
  ['Нідерланди', 'uk', {}, ['Нідерландів', 'Нідерландах']],
  ['Урсула фон дер Ляєн', 'uk', { person: true, female: true }, ['Урсули фон дер Ляєн']],
  ['Россия', 'ru', {}, ['России', 'Россию', 'Россией']],
  ['Китай', 'ru', {}, ['Китая', 'Китаю', 'Китаем', 'Китае']],
  ['Путин', 'ru', { person: true }, ['Путина', 'Путину', 'Путиным']],
  ['Захарова', 'ru', { person: true, female: true }, ['Захаровой', 'Захарову']],
  ['Северная Корея', 'ru', {}, ['Северной Кореи', 'Северную Корею']],
  ['Соединенные Штаты Америки', 'ru', {}, ['Соединенных Штатов Америки', 'Соединенным Штатам Америки']],
  ['Америка', 'ru', {}, ['Америки', 'Америке']],
  ['Белый дом', 'ru', {}, ['Белого дома', 'Белом доме']],
  ['Зеленский', 'ru', { person: true }, ['Зеленского', 'Зеленским']],
  ['Кремль', 'ru', {}, ['Кремля', 'Кремлем']],
];

describe('inflectName', () => {
  it('covers at least 60 expected forms', () => {
    expect(TABLE.reduce((n, r) => n + r[3].length, 0)).toBeGreaterThanOrEqual(60);
  });

  for (const [name, lang, opts, forms] of TABLE) {
    it(`${lang} ${name}`, () => {
      const got = inflectName(name, lang, opts);
      expect(got[0]).toBe(name);
      for (const f of forms) expect(got, f).toContain(f);
    });
  }

  it('leaves indeclinable names alone', () => {
    for (const [name, lang, opts] of [
      ['Рютте', 'uk', { person: true }],
      ['Шойгу', 'uk', { person: true }],
      ['Моді', 'uk', { person: true }],
      ['НАТО', 'uk', {}],
      ['США', 'uk', {}],
      ['Чилі', 'uk', {}],
      ['Лукашенко', 'ru', { person: true }],
      ['Мао Нін', 'uk', { person: true, female: true }],
    ] as const) {
      expect(inflectName(name, lang, opts), name).toEqual([name]);
    }
  });

  it('declines women’s consonant-final surnames only for men', () => {
    expect(inflectName('Каллас', 'uk', { person: true, female: true })).toEqual(['Каллас']);
    expect(inflectName('Мадяр', 'uk', { person: true })).toContain('Мадяра');
  });
});

describe('inflectAdjective', () => {
  it('generates every gender, number and case, plus the compound stem', () => {
    const uk = inflectAdjective('китайський', 'uk');
    for (const f of ['китайська', 'китайське', 'китайські', 'китайського', 'китайською', 'китайських', 'китайськими', 'китайсько']) {
      expect(uk).toContain(f);
    }
    const ru = inflectAdjective('китайский', 'ru');
    for (const f of ['китайская', 'китайского', 'китайскую', 'китайских', 'китайско']) expect(ru).toContain(f);
    const hard = inflectAdjective('белорусский', 'ru');
    expect(hard).toContain('белорусским');
    expect(inflectAdjective('новый', 'ru')).toContain('новыми');
  });
});
