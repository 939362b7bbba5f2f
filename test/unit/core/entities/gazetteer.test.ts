import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, loadGazetteer, shippedData } from '../../../../src/core/entities/gazetteer';
import type { EntityData } from '../../../../src/core/entities/entity-types';
import type { Lang } from '../../../../src/core/types';

const g = loadGazetteer();
const ids = (text: string, lang: Lang = 'und', date?: string) => g.match(text, lang, date ? { date } : {}).map((m) => m.id);
const surfaces = (text: string, lang: Lang = 'und') => g.match(text, lang).map((m) => m.surface);

describe('token boundaries', () => {
  it('never matches inside a word', () => {
    expect(ids('СШАх антиросійський проросійські Китайщина Пекінський')).toEqual([]);
    expect(ids('У США і в СШАх')).toEqual(['usa']);
    expect(ids('Russians, Chinatown and Iranians')).toEqual([]);
  });

  it('maps adjectives, also capitalised at a sentence start, to their country', () => {
    const ms = g.match('Китайська делегація прибула. Російські війська відступили.', 'uk');
    expect(ms.map((m) => [m.surface, m.id, m.via])).toEqual([
      ['Китайська', 'china', 'adjective'],
      ['Російські', 'russia', 'adjective'],
    ]);
    expect(ids('китайсько-російські відносини', 'uk')).toEqual(['china', 'russia']);
  });

  it('matches multi-word names as one mention, longest first', () => {
    expect(surfaces('Frankfurter Allgemeine Zeitung із посиланням на три джерела', 'uk')).toEqual(['Frankfurter Allgemeine Zeitung']);
    expect(g.match('заява Міністерства закордонних справ КНР', 'uk').map((m) => [m.surface, m.id])).toEqual([
      ['Міністерства закордонних справ КНР', 'mfa-china'],
    ]);
    expect(ids('Про це йдеться на сайті китайського МЗС.', 'uk')).toEqual(['mfa-china']);
    expect(ids('Голос Америки повідомив', 'uk')).toEqual(['voa']);
    expect(ids('Латинська Америка', 'uk')).toEqual(['latin-america']);
  });
});

describe('case', () => {
  it('accepts the lower-case spellings Ukrainian media use on purpose', () => {
    expect(ids('росія, рф, путін, москва, кремль', 'uk')).toEqual(['russia', 'russia', 'putin', 'russia', 'kremlin']);
    expect(ids('Росія, РФ, Путін, Москва, Кремль', 'uk')).toEqual(['russia', 'russia', 'putin', 'russia', 'kremlin']);
  });

  it('does not lower-case proper names that are not written so', () => {
    expect(ids('китай і ізраїль', 'uk')).toEqual([]);
    expect(ids('we told us about china and turkey', 'en')).toEqual([]);
  });

  it('reads ALL-CAPS headlines and tag lists', () => {
    expect(ids('ВІЙНА РОСІЇ З УКРАЇНОЮ. ТЕГИ: КИТАЙ, США, ПІВНІЧНОЇ КОРЕЇ', 'uk')).toEqual(['russia', 'ukraine', 'china', 'usa', 'north-korea']);
  });

  it('normalizes apostrophe and ё variants', () => {
    for (const s of ["Об'єднані Арабські Емірати", 'Об’єднані Арабські Емірати', 'Обʼєднані Арабські Емірати']) expect(ids(s, 'uk')).toEqual(['uae']);
    expect(ids('Соединённые Штаты и Соединенные Штаты', 'ru')).toEqual(['usa', 'usa']);
    expect(ids('Interfax‑Ukraine', 'en')).toEqual(['interfax-ukraine']); // non-breaking hyphen
  });
});

describe('cross-language ids', () => {
  it('maps one outlet or body to one id in every language', () => {
    expect(ids('Reuters, Рейтер, Рейтерс, агентства Рейтер')).toEqual(['reuters', 'reuters', 'reuters', 'reuters']);
    expect(ids('МЗС КНР', 'uk')).toEqual(['mfa-china']);
    expect(ids('МИД Китая', 'ru')).toEqual(['mfa-china']);
    expect(ids("China's foreign ministry said", 'en')).toEqual(['mfa-china']);
    expect(ids('МЗС Китаю заявило, МЗС Росії відповіло', 'uk')).toEqual(['mfa-china', 'mfa-russia']);
    expect(ids('The Times and the Times, The Wall Street Journal, WSJ', 'en')).toEqual(['the-times', 'the-times', 'wsj', 'wsj']);
  });

  it('keeps ru-only forms out of Ukrainian text and uk-only forms out of Russian text', () => {
    expect(ids('Мали б знати', 'uk')).toEqual([]);
    expect(ids('Мали', 'ru')).toEqual(['mali']);
    expect(ids('Малі', 'uk')).toEqual(['mali']);
  });
});

describe('the same story in three languages', () => {
  const story = {
    uk: 'Генеральний секретар НАТО Марк Рютте заявив, що Росія і Китай співпрацюють, повідомляє Інтерфакс-Україна. МЗС КНР спростувало публікацію Рейтер.',
    ru: 'Генеральный секретарь НАТО Марк Рютте заявил, что Россия и Китай сотрудничают, сообщает Интерфакс-Украина. МИД КНР опроверг публикацию Рейтер.',
    en: "NATO Secretary General Mark Rutte said Russia and China cooperate, Interfax-Ukraine reported. China's foreign ministry denied the Reuters report.",
  } as const;

  it('yields the same ids in uk, ru and en', () => {
    const expected = ['rutte', 'rutte', 'russia', 'china', 'interfax-ukraine', 'mfa-china', 'reuters'];
    for (const lang of ['uk', 'ru', 'en'] as const) expect(ids(story[lang], lang, '2026-05-20'), lang).toEqual(expected);
  });
});

describe('roles', () => {
  it('picks the holder in office on the article date', () => {
    expect(ids('генсек НАТО заявив', 'uk', '2023-03-21')).toEqual(['stoltenberg']);
    expect(ids('генсек НАТО заявив', 'uk', '2026-05-20')).toEqual(['rutte']);
    expect(ids('генсек НАТО заявив', 'uk', '2024-09-30')).toEqual(['stoltenberg']);
    expect(ids('генсек НАТО заявив', 'uk', '2024-10-01')).toEqual(['rutte']);
    expect(ids('держсекретар США', 'uk', '2023-06-01')).toEqual(['blinken']);
    expect(ids('держсекретар США', 'uk', '2025-06-01')).toEqual(['rubio']);
  });

  it('without a date names the current holder and lists the others', () => {
    const [m] = g.match('генерального секретаря НАТО', 'uk');
    expect(m).toMatchObject({ id: 'rutte', via: 'role', alt: ['stoltenberg'] });
    expect(m!.holders!.map((h) => h.id).sort()).toEqual(['rutte', 'stoltenberg']);
  });

  it('reports both readings of an ambiguous alias', () => {
    const [m] = g.match('Мадяр розкрив, чим Кремль прикриває Москву', 'uk');
    expect([m!.id, ...(m!.alt ?? [])].sort()).toEqual(['brovdi', 'magyar-peter']);
  });
});

describe('get and name', () => {
  it('returns the entity and its display name per language', () => {
    expect(g.get('china')?.type).toBe('country');
    expect(g.get('no-such-entity')).toBeUndefined();
    expect(g.name('china', 'uk')).toBe('Китай');
    expect(g.name('china', 'ru')).toBe('Китай');
    expect(g.name('mfa-china', 'en')).toBe("China's foreign ministry");
    expect(g.name('xi-jinping', 'uk')).toBe('Сі Цзіньпін');
    expect(g.name('no-such-entity', 'uk')).toBe('no-such-entity');
  });
});

describe('data and building', () => {
  it('ships at least 450 entities with the required coverage', () => {
    const data = shippedData();
    expect(data.length).toBeGreaterThanOrEqual(450);
    expect(data.filter((e) => e.type === 'country').length).toBeGreaterThanOrEqual(193);
    expect(data.filter((e) => e.type === 'person').length).toBeGreaterThanOrEqual(100);
    expect(data.filter((e) => e.type === 'media').length).toBeGreaterThanOrEqual(60);
    expect(data.filter((e) => e.adjectives && e.type === 'country').length).toBeGreaterThanOrEqual(60);
  });

  it('caches the shared gazetteer', () => {
    expect(loadGazetteer()).toBe(g);
  });

  it('rejects malformed data with a reason that names the entity', () => {
    const ok: EntityData = { id: 'x', type: 'org', names: { en: ['X Corp'] }, sources: 'test' };
    expect(() => buildGazetteer([ok, { ...ok }])).toThrow(/entity #1 \(x\): duplicate id/);
    expect(() => buildGazetteer([{ ...ok, id: 'Bad Id' }])).toThrow(/kebab-case/);
    expect(() => buildGazetteer([{ ...ok, names: {} }])).toThrow(/no names/);
    expect(() => buildGazetteer([{ ...ok, type: 'planet' as never }])).toThrow(/unknown type planet/);
    expect(() => buildGazetteer([null as never])).toThrow(/not an object/);
  });

  it('generates case forms only for the language and the words a text needs', () => {
    const lazy = buildGazetteer(shippedData(), ['uk', 'en']);
    const eager = buildGazetteer(shippedData(), undefined, true);
    const atStart = lazy.stats.forms;
    expect(atStart).toBeLessThan(eager.stats.forms / 4);
    expect(lazy.match('Путин встретился с Си Цзиньпином', 'uk')).toEqual([]);
    const afterUk = lazy.stats.forms;
    expect(lazy.match('Путин встретился с Си Цзиньпином', 'ru').map((m) => m.id)).toEqual(['putin', 'xi-jinping']);
    expect(lazy.stats.forms).toBeGreaterThan(afterUk);
    expect(lazy.stats.forms).toBeLessThan(eager.stats.forms);
  });

  it('finds the same mentions whether case forms are generated lazily or all at once', () => {
    const text = [
      'Генеральний секретар НАТО Марко Рютте утримався від коментарів щодо підготовки Китаєм російських військових. Про це повідомляє Інтерфакс-Україна.',
      'Генеральный секретарь НАТО заявил, что Россия и Китай сближаются; МИД КНР опроверг публикацию Рейтер. Путин встретился с Си Цзиньпином.',
      "Reuters reported that China's foreign ministry denied it. РОСІЯ, КИТАЙ, ПІВНІЧНОЇ КОРЕЇ. Рига, Ризі, Києва, Празі, Білого дому, Курської області.",
    ].join('\n');
    const eager = buildGazetteer(shippedData(), undefined, true);
    for (const lang of ['uk', 'ru', 'en', 'und'] as const) {
      const lazy = buildGazetteer(shippedData(), []);
      expect(lazy.match(text, lang), lang).toEqual(eager.match(text, lang));
    }
  });

  it('finds the same mentions in article prose whatever text came first (per-token memo, span growth stop)', () => {
    // Real paragraphs in uk/ru/en, each matched in its language and as 'und', by fresh lazy gazetteers
    // in two orders (so the memo is filled and emptied as buckets expand in different sequences), twice each.
    const dir = 'test/labelled/claims';
    const paras: { text: string; lang: Lang }[] = [];
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
      const a = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { lang: Lang; sentences: { text: string }[] };
      for (const s of a.sentences) paras.push({ text: s.text, lang: a.lang }, { text: s.text.toUpperCase(), lang: 'und' });
    }
    expect(paras.length).toBeGreaterThan(300);
    const eager = buildGazetteer(shippedData(), undefined, true);
    const want = paras.map((p) => eager.match(p.text, p.lang));
    expect(want.flat().length).toBeGreaterThan(100);
    for (const order of [paras.map((_, i) => i), paras.map((_, i) => paras.length - 1 - i)]) {
      const lazy = buildGazetteer(shippedData(), []);
      for (const round of [1, 2]) for (const i of order) expect(lazy.match(paras[i]!.text, paras[i]!.lang), `${round}: ${paras[i]!.text}`).toEqual(want[i]);
    }
  });

  it("gives a text its own language's path to an entity, whatever another language's text built first", () => {
    // "Го Цзякунь" is the uk alias of guo-jiakun (the uk name is "Ґо Цзякунь") and its ru name.
    const uk = 'Речник МЗС Китаю Го Цзякунь заявив про це.';
    const ru = 'Официальный представитель МИД Китая Го Цзякунь заявил об этом.';
    const viaOf = (g: ReturnType<typeof buildGazetteer>, text: string, lang: Lang) => g.match(text, lang).find((m) => m.id === 'guo-jiakun');
    const ukFirst = buildGazetteer(shippedData(), []);
    const ruFirst = buildGazetteer(shippedData(), []);
    expect(viaOf(ruFirst, ru, 'ru')).toMatchObject({ via: 'name' });
    for (const g of [ukFirst, ruFirst, buildGazetteer(shippedData(), undefined, true)]) {
      const m = viaOf(g, uk, 'uk');
      expect(m).toMatchObject({ surface: 'Го Цзякунь', via: 'alias' });
      expect(m!.alt).toBeUndefined();
    }
    expect(viaOf(ukFirst, ru, 'ru')).toMatchObject({ via: 'name' });
  });

  it('builds from custom data', () => {
    const small = buildGazetteer([{ id: 'acme', type: 'org', names: { uk: ['Акме Корпорація'], en: ['Acme'] }, sources: 'test' }]);
    expect(small.match('з Акме Корпорацією і Acme', 'uk').map((m) => m.surface)).toEqual(['Акме Корпорацією', 'Acme']);
    expect(small.match('', 'uk')).toEqual([]);
  });
});
