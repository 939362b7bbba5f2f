import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/core/text/segment';

const texts = (s: string, lang: Parameters<typeof splitSentences>[1] = 'uk') => splitSentences(s, lang).map((x) => x.text);

describe('splitSentences: Ukrainian repairs (BROWSER-TESTING.md)', () => {
  it('does not split after initials', () => {
    expect(texts('Президент В. Путін сказав це. Потім він пішов.')).toEqual(['Президент В. Путін сказав це.', 'Потім він пішов.']);
    expect(texts('Про це заявив В. О. Зеленський у відеозверненні.')).toHaveLength(1);
  });

  it('does not split after non-final abbreviations', () => {
    expect(texts('Див. ст. 5 закону. Це важливо.')).toEqual(['Див. ст. 5 закону.', 'Це важливо.']);
    expect(texts('Вибух пролунав у м. Київ вранці. Постраждалих немає.')).toEqual(['Вибух пролунав у м. Київ вранці.', 'Постраждалих немає.']);
    expect(texts('Текст на с. 45 звіту. Далі таблиця.')).toEqual(['Текст на с. 45 звіту.', 'Далі таблиця.']);
    expect(texts('Це т. зв. референдум. Його не визнали.')).toEqual(['Це т. зв. референдум.', 'Його не визнали.']);
  });

  it('keeps sentence-final abbreviations splittable', () => {
    expect(texts('Це сталося у 2022 р. Наступного року все змінилося.')).toEqual(['Це сталося у 2022 р.', 'Наступного року все змінилося.']);
    expect(texts('Ціна становить 500 грн. Вона зросла.')).toEqual(['Ціна становить 500 грн.', 'Вона зросла.']);
    expect(texts('Зібрали 5 тис. Решту обіцяють згодом.')).toEqual(['Зібрали 5 тис.', 'Решту обіцяють згодом.']);
    expect(texts('Збитки сягнули 3 млн. Це рекорд.')).toEqual(['Збитки сягнули 3 млн.', 'Це рекорд.']);
  });

  it('does not split inside «…» quotes, and keeps the attribution with the quote', () => {
    expect(texts('Він сказав: «Ми прийдемо. Ми переможемо». Зал аплодував.')).toEqual([
      'Він сказав: «Ми прийдемо. Ми переможемо».',
      'Зал аплодував.',
    ]);
    const s = '"Ми не бачили жодних доказів. Але бачили деякі ознаки", – сказав Столтенберг. Генсек НАТО застеріг Китай.';
    expect(texts(s)).toEqual(['"Ми не бачили жодних доказів. Але бачили деякі ознаки", – сказав Столтенберг.', 'Генсек НАТО застеріг Китай.']);
  });

  it('splits after an attribution that ends the sentence', () => {
    expect(texts('Росія готує підрив підтримки — сказав Буданов. Наступне речення тут.')).toEqual([
      'Росія готує підрив підтримки — сказав Буданов.',
      'Наступне речення тут.',
    ]);
    expect(texts('Все буде добре — сказав X. Next sentence here.', 'und')).toEqual(['Все буде добре — сказав X.', 'Next sentence here.']);
  });

  it('splits after an ellipsis followed by a capital, not inside quotes', () => {
    expect(texts('Він замовк… Потім продовжив.')).toEqual(['Він замовк…', 'Потім продовжив.']);
    expect(texts('«Ми чекали... Ми дочекалися», – сказав він.')).toHaveLength(1);
    expect(texts('Він чекав... Потім пішов.')).toEqual(['Він чекав...', 'Потім пішов.']);
  });

  it('splits before a sentence that starts with a date (ICU keeps "жовтня. 14 жовтня" together)', () => {
    expect(texts('Перші повідомлення з\'явилися на початку жовтня. 14 жовтня 2024 року президент заявив про це.')).toEqual([
      "Перші повідомлення з'явилися на початку жовтня.",
      '14 жовтня 2024 року президент заявив про це.',
    ]);
    expect(texts('Див. ст. 5 закону та п. 3 статті.')).toHaveLength(1);
    expect(texts('Зібрали 5 тис. 14 волонтерів працювали.')).toHaveLength(1);
  });

  it('never merges across a line break', () => {
    expect(texts('Заголовок без крапки м.\nКиїв прокинувся.')).toEqual(['Заголовок без крапки м.', 'Київ прокинувся.']);
    // Every paragraph separator ICU knows: CR, LF, NEL, LS, PS.
    expect(texts('Перше.\r\nДруге речення\u2028Третє\u2029Четверте\u0085П’яте. Шосте')).toEqual([
      'Перше.', 'Друге речення', 'Третє', 'Четверте', 'П’яте.', 'Шосте',
    ]);
  });
});

describe('splitSentences: Russian and English', () => {
  it('repairs Russian abbreviations and initials', () => {
    expect(texts('Он жил в г. Москва. Потом уехал.', 'ru')).toEqual(['Он жил в г. Москва.', 'Потом уехал.']);
    expect(texts('Это было в 2022 г. Потом все изменилось.', 'ru')).toEqual(['Это было в 2022 г.', 'Потом все изменилось.']);
    expect(texts('Офис на ул. Ленина закрыт. Т. е. работать негде.', 'ru')).toEqual(['Офис на ул. Ленина закрыт.', 'Т. е. работать негде.']);
    expect(texts('Это т. н. референдум. Его не признали.', 'ru')).toEqual(['Это т. н. референдум.', 'Его не признали.']);
    expect(texts('Об этом сказал С. Лавров. Он добавил детали.', 'ru')).toEqual(['Об этом сказал С. Лавров.', 'Он добавил детали.']);
  });

  it('repairs English titles, months, initials and U.S.', () => {
    expect(texts('Mr. Smith met Dr. Jones on Jan. 5. They talked.', 'en')).toEqual(['Mr. Smith met Dr. Jones on Jan. 5.', 'They talked.']);
    expect(texts('J. R. Smith said so. Others agreed.', 'en')).toEqual(['J. R. Smith said so.', 'Others agreed.']);
    expect(texts('The U.S. Army denied it. He went to the U.S. He came back.', 'en')).toEqual([
      'The U.S. Army denied it.',
      'He went to the U.S.',
      'He came back.',
    ]);
  });
});

describe('splitSentences: offsets and input', () => {
  it('returns trimmed sentences whose offsets slice the input', () => {
    const text = readFileSync(`${process.cwd()}/test/fixtures/seeds/000_7c6df436ebc60103.txt`, 'utf8');
    const sentences = splitSentences(text, 'uk');
    expect(sentences.length).toBeGreaterThan(50);
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
    const rutte = sentences.find((s) => s.text.startsWith('"Те, що відбувається'));
    expect(rutte?.text.endsWith('зазначив генсек у штаб-квартирі НАТО.')).toBe(true);
  });

  it('handles empty, blank and bad input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n ')).toEqual([]);
    expect(() => splitSentences(null as unknown as string)).toThrow(/string/);
  });
});
