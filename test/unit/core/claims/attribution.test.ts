/** Attribution patterns in uk, ru and en, one behaviour per test, on sentences written for the purpose. */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../../src/core/claims/analyze';
import type { Lang } from '../../../../src/core/types';
import { article } from './helpers';

/** Analysis of the last sentence of a short article (earlier paragraphs give context). */
function last(paragraphs: string[], lang: Lang, published = '2026-05-18') {
  const all = analyzeArticle(article(paragraphs, lang, published));
  return all[all.length - 1]!;
}

describe('speaker before the verb, and inverted after a quotation', () => {
  it('uk "X заявив, що"', () => {
    const a = last(['Президент України Володимир Зеленський заявив, що Київ не погодиться на такі умови.'], 'uk');
    expect(a.attr.speaker).toBe('zelensky');
    expect(a.kind).toBe('statement');
    expect(a.negated).toBe(true);
  });
  it('ru "«…», — сказал X" takes the name after the dash, not the names inside the quotation', () => {
    const a = last(['«Китай не поставляет оружие России», — сказал Лавров.'], 'ru');
    expect(a.attr.speaker).toBe('lavrov');
  });
  it('a preposition keeps an object from being the speaker ("у розмові з Путіним")', () => {
    const a = last(['Сі Цзіньпін, однак, у розмові з Путіним не підтвердив своєї згоди на візит до Москви.'], 'uk');
    expect(a.attr.speaker).toBe('xi-jinping');
    expect(a.kind).toBe('statement'); // a negated confirmation confirms nothing
    expect(a.negated).toBe(true);
  });
});

describe('sources', () => {
  it('uk "за даними X" with a count is a quantity sourced to X', () => {
    const a = last(['За даними Повітряних сил, протягом ночі було збито 48 із 62 дронів.'], 'uk');
    expect(a.attr.source).toBe('air-force-ukraine');
    expect(a.kind).toBe('quantity');
  });
  it('ru "Как передает ТАСС, …"', () => {
    const a = last(['Как передает ТАСС, в Белгородской области повреждены линии электропередачи.'], 'ru');
    expect(a.attr.source).toBe('tass');
  });
  it('en "…, according to the Financial Times"', () => {
    const a = last(['China is supplying Russia with drone engines through shell companies, according to the Financial Times.'], 'en');
    expect(a.attr.source).toBe('ft');
    expect(a.kind).toBe('report');
  });
  it('"вважають аналітики" is the think tank named before, as a source', () => {
    const a = last(['Про це йдеться у звіті Інституту вивчення війни (ISW).', 'Свідченням цього можуть бути зустрічі посадовців, вважають аналітики.'], 'uk');
    expect(a.attr.source).toBe('isw');
    expect(a.kind).toBe('report');
  });
});

describe('denials, confirmations, no-comment', () => {
  it('en "X denied Y\'s report" names the target', () => {
    const a = last(["Kremlin spokesman Dmitry Peskov denied Bloomberg's report, saying no deal was on the table."], 'en');
    expect(a.kind).toBe('denial');
    expect(a.attr.speaker).toBe('peskov');
    expect(a.attr.target).toBe('bloomberg');
  });
  it('ru denial by naming ("назвала статью WSJ фейком")', () => {
    const a = last(['Официальный представитель МИД КНР Мао Нин назвала статью WSJ фейком.'], 'ru');
    expect(a.kind).toBe('denial');
    expect(a.attr.speaker).toBe('mao-ning');
    expect(a.attr.target).toBe('wsj');
  });
  it('a denial without a named outlet targets the report just before it', () => {
    const a = last(['The New York Times пише, що китайські інженери допомагали російським заводам.', 'У Кремлі спростували цю публікацію.'], 'uk');
    expect(a.kind).toBe('denial');
    expect(a.attr.speaker).toBe('kremlin');
    expect(a.attr.target).toBe('nyt');
  });
  it('a flat denial inside a quotation belongs to whoever says the quotation', () => {
    const a = last(['Речник МЗС Китаю Лінь Цзянь відповів на питання журналістів.', '"Ця інформація не відповідає дійсності", – сказав він.'], 'uk');
    expect(a.kind).toBe('denial');
    expect(a.attr.speaker).toBe('lin-jian');
  });
  it('en "declined to comment" and ru "отказались от комментариев"', () => {
    expect(last(['The Pentagon declined to comment on the intelligence.'], 'en').kind).toBe('no-comment');
    const ru = last(['В Пентагоне отказались от комментариев.'], 'ru');
    expect(ru.kind).toBe('no-comment');
    expect(ru.attr.speaker).toBe('pentagon');
  });
  it('uk "підтвердили" is a confirmation', () => {
    expect(last(['Водночас у Міноборони підтвердили, що на заводі працюють іноземні фахівці.'], 'uk').kind).toBe('confirmation');
  });
});

describe('pronouns and role nouns resolve to entities', () => {
  it('"– написав він" is the salient subject, not the person inside the quotation', () => {
    const a = last(['Голова КНР Сі Цзіньпін запевнив Путіна в готовності Китаю розширювати співпрацю.', '"Я готовий працювати з президентом Путіним", – написав він.'], 'uk');
    expect(a.attr.speaker).toBe('xi-jinping');
  });
  it('"За його словами" continues with the last speaker', () => {
    const a = last(['Генеральний секретар НАТО Марк Рютте заявив, що Альянс посилить присутність на сході.', 'За його словами, Росія виробляє більше снарядів, ніж усі країни НАТО.'], 'uk');
    expect(a.attr.speaker).toBe('rutte');
  });
  it('"Kazakhstan\'s foreign ministry" is Kazakhstan when the gazetteer has no such ministry', () => {
    expect(last(["Kazakhstan's foreign ministry rejected claims that its territory was used for transit."], 'en').attr.speaker).toBe('kazakhstan');
  });
});
