import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isArticle, type Article, type ExtractResult } from '../../../src/core/types';
import { extractText } from '../../../src/extract/text-mode';

const SEEDS = `${process.cwd()}/test/fixtures/seeds/`;
const EXPECTED = fileURLToPath(new URL('../../fixtures/seeds-text/', import.meta.url));
const NOW = new Date('2026-05-21T00:00:00Z');

function article(r: ExtractResult): Article {
  if (!isArticle(r)) throw new Error(`expected an article, got NotAnArticle: ${r.reason}`);
  return r;
}

interface SeedExpectation {
  title: string;
  published?: string;
  lang: string;
  paragraphs: string[];
}

const seedFiles = readdirSync(EXPECTED)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''))
  .sort();

describe('extractText on the five seed pages', () => {
  it('has an expectation for every seed', () => {
    expect(seedFiles).toHaveLength(5);
  });

  it.each(seedFiles)('reproduces the hand-written expectation for %s', (name) => {
    const expected = JSON.parse(readFileSync(`${EXPECTED}${name}.expected.json`, 'utf8')) as SeedExpectation;
    const a = article(extractText(readFileSync(`${SEEDS}${name}.txt`, 'utf8'), { now: NOW }));
    expect(a.title).toBe(expected.title);
    expect(a.published).toBe(expected.published);
    expect(a.lang).toBe(expected.lang);
    expect(a.paragraphs.map((p) => p.text)).toEqual(expected.paragraphs);
    expect(a.paragraphs.map((p) => p.id)).toEqual(expected.paragraphs.map((_, i) => `p${i}`));
    expect(a.adapter).toBe('text');
  });

  it('reads the bylines of seeds 000 (upper-case, with the date) and 003 (after the body)', () => {
    const a0 = article(extractText(readFileSync(`${SEEDS}000_7c6df436ebc60103.txt`, 'utf8'), { now: NOW }));
    const a3 = article(extractText(readFileSync(`${SEEDS}003_06122abc681c02fb.txt`, 'utf8'), { now: NOW }));
    expect(a0.author).toBe('Лиса Анна');
    expect(a3.author).toBe('Олег Зубарук');
  });

  it('records why furniture around the Korrespondent article was dropped', () => {
    const a = article(extractText(readFileSync(`${SEEDS}000_7c6df436ebc60103.txt`, 'utf8'), { now: NOW }));
    const reasons = new Set(a.dropped!.map((d) => d.split(':')[0]));
    for (const r of ['byline', 'link-only', 'counter', 'photo-credit', 'caption']) expect(reasons).toContain(r);
  });

  it('marks subheads and standfirsts by kind', () => {
    const gordon = article(extractText(readFileSync(`${SEEDS}002_eb7ed5404d878439.txt`, 'utf8'), { now: NOW }));
    expect(gordon.paragraphs[0]!.kind).toBe('lead');
    expect(gordon.paragraphs.find((p) => p.text === 'Контекст')!.kind).toBe('h');
    expect(gordon.paragraphs.filter((p) => p.kind === 'h')).toHaveLength(1);
  });

  it('is deterministic for a fixed clock', () => {
    const text = readFileSync(`${SEEDS}003_06122abc681c02fb.txt`, 'utf8');
    expect(extractText(text, { now: NOW })).toEqual(extractText(text, { now: NOW }));
  });
});

// A page written for this test in none of the seeds' layouts: Russian, numeric date, a caption glued
// to its credit, an inline "Читайте также", a subhead, real, relative and javascript links, a promo,
// tags, a teaser list and a footer.
const RU_PAGE = [
  'Главная Новости Политика Экономика Спорт',
  '[Войти](#)',
  '',
  'Политика',
  '',
  'Зеленский встретился с премьером Канады в Киеве',
  '',
  '28.02.2025 20:19',
  '',
  '[Facebook](#) [Telegram](#) [Twitter](#)',
  '',
  'Фото: Офис президента',
  'Встреча прошла в Мариинском дворце',
  '',
  'Президент Украины Владимир Зеленский в пятницу встретился в Киеве с премьер-министром Канады. Стороны обсудили оборонную помощь и восстановление энергетики.',
  '',
  'По словам [Зеленского](https://example.ua/tag/zelensky), Канада передаст Украине дополнительные бронемашины и средства [ПВО](/tag/pvo) в течение ближайших [месяцев](javascript:alert(1)).',
  '',
  'Читайте также: [Канада выделит Украине еще 50 млн долларов](https://example.ua/news/canada-50m)',
  '',
  'Что дальше',
  '',
  'Премьер Канады заявил, что Оттава продолжит поддержку "столько, сколько потребуется", и пригласил украинскую делегацию на саммит в Торонто.',
  '',
  'Подписывайтесь на наш канал в Telegram',
  '',
  'Теги: [Украина](#), [Канада](#)',
  '',
  'Самое читаемое',
  'Курс доллара вырос на межбанке',
  'Синоптики обещают мороз до минус 15',
  'В Киеве открыли новый мост',
  '',
  '© 2025 Example News. Все права защищены. Использование материалов разрешено при условии ссылки.',
].join('\n');

describe('extractText on pages other than the seeds', () => {
  it('extracts a Russian page with a different layout', () => {
    const a = article(extractText(RU_PAGE, { url: 'https://www.example.ua/news/123', now: NOW }));
    expect(a.title).toBe('Зеленский встретился с премьером Канады в Киеве');
    expect(a.published).toBe('2025-02-28T20:19:00+02:00');
    expect(a.lang).toBe('ru');
    expect(a.outlet).toBe('example.ua');
    expect(a.paragraphs.map((p) => [p.kind, p.text.slice(0, 24)])).toEqual([
      ['p', 'Президент Украины Владим'],
      ['p', 'По словам Зеленского, Ка'],
      ['h', 'Что дальше'],
      ['p', 'Премьер Канады заявил, ч'],
    ]);
    expect(a.paragraphs[1]!.text).toContain('средства ПВО в течение ближайших месяцев.');
    expect(a.links).toEqual([
      { text: 'Зеленского', href: 'https://example.ua/tag/zelensky', paragraph: 'p1' },
      { text: 'ПВО', href: 'https://www.example.ua/tag/pvo', paragraph: 'p1' },
    ]);
  });

  it('lets the caller override title, date, language and outlet', () => {
    const a = article(
      extractText(RU_PAGE, { title: 'Свой заголовок', published: '2025-03-01T10:00:00+02:00', lang: 'uk', outlet: 'other.net', now: NOW }),
    );
    expect([a.title, a.published, a.lang, a.outlet]).toEqual(['Свой заголовок', '2025-03-01T10:00:00+02:00', 'uk', 'other.net']);
    expect(a.trace).toMatchObject({ title: 'meta', published: 'meta', lang: 'meta' });
  });

  it('tells English from Ukrainian and Russian, and says und for an even mix', () => {
    const en = [
      'Rutte praises cooperation between allies',
      '',
      'NATO Secretary General Mark Rutte said on Wednesday that the alliance must keep strong ties with partners in the Indo-Pacific region.',
      '',
      'He declined to comment on reports that China had trained Russian soldiers, but said cooperation between the four countries was growing.',
    ].join('\n');
    expect(article(extractText(en, { now: NOW })).lang).toBe('en');
    const mixed = [
      'Спільна заява двох міністерств',
      '',
      'Міністерство заявило, що співпраця із сусідніми країнами триває і буде розширена найближчим часом, інформує відомство.',
      '',
      'Министерство сообщило, что эти объёмы поставок вырастут, а новые контракты будут подписаны в ближайшие месяцы этого года.',
    ].join('\n');
    expect(article(extractText(mixed, { now: NOW })).lang).toBe('und');
  });

  it('keeps Latin names and quotes inside a Ukrainian article', () => {
    const a = article(extractText(readFileSync(`${SEEDS}003_06122abc681c02fb.txt`, 'utf8'), { now: NOW }));
    expect(a.lang).toBe('uk');
    expect(a.paragraphs.some((p) => p.text.includes('The Times і Reuters'))).toBe(true);
  });
});

// Another layout: a question headline with an ISO date under it, one-sentence paragraphs, a list the
// text introduces with a colon, and a bulleted teaser list after the article.
const UK_LIST_PAGE = [
  '[Головна](#) > [Економіка](#)',
  '',
  'Що буде з цінами на газ для населення узимку та навесні?',
  '',
  'Опубліковано: 2025-11-03 09:30',
  '',
  'Уряд підготував три сценарії для тарифів на газ для населення на опалювальний сезон, повідомили в Міністерстві енергетики.',
  'Про це повідомляє Укрінформ.',
  'За словами міністра, ключові умови такі:',
  '- збереження фіксованої ціни до квітня',
  '- компенсації для вразливих домогосподарств',
  '- нові правила для постачальників',
  'Остаточне рішення уряд ухвалить до кінця місяця, а нові тарифи почнуть діяти з першого грудня, якщо парламент погодить зміни.',
  'Ситуація залишається напруженою.',
  '',
  'Читайте також',
  '- Ціни на пальне знизилися вже втретє',
  '- Нафтогаз оновив тарифи для бізнесу',
].join('\n');

describe('extractText on lists, short paragraphs and question headlines', () => {
  it('keeps one-sentence paragraphs and an introduced list, and takes a question headline as the title', () => {
    const a = article(extractText(UK_LIST_PAGE, { now: NOW }));
    expect(a.title).toBe('Що буде з цінами на газ для населення узимку та навесні?');
    expect(a.published).toBe('2025-11-03T09:30:00+02:00');
    expect(a.lang).toBe('uk');
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['p', 'p', 'p', 'li', 'li', 'li', 'p', 'p']);
    expect(a.paragraphs[1]!.text).toBe('Про це повідомляє Укрінформ.');
    expect(a.paragraphs[3]!.text).toBe('- збереження фіксованої ціни до квітня');
    expect(a.paragraphs.at(-1)!.text).toBe('Ситуація залишається напруженою.');
  });

  it('leaves out a bulleted list that follows the article without being introduced', () => {
    const page = UK_LIST_PAGE.replace('Ситуація залишається напруженою.\n\nЧитайте також\n', '');
    const a = article(extractText(page, { now: NOW }));
    expect(a.paragraphs.some((p) => p.text.includes('Нафтогаз'))).toBe(false);
    expect(a.paragraphs.at(-1)!.text).toMatch(/^Остаточне рішення/);
  });
});

describe('extractText on bad input', () => {
  it('says why for empty and blank input', () => {
    for (const text of ['', '   \n\n\t  \r\n']) {
      const r = extractText(text);
      expect(isArticle(r)).toBe(false);
      expect((r as { reason: string }).reason).toMatch(/empty/);
    }
  });

  it('says why for a page with no article (a section front: menus and teaser titles)', () => {
    const front = [
      'Новини',
      '[Україна](#) [Світ](#) [Економіка](#)',
      'Зеленський провів нараду зі Ставкою',
      'Курс долара на міжбанку знизився',
      'Синоптики попередили про мороз',
      'ЗСУ збили 40 дронів за ніч 15342',
      '© 2025 Новини',
    ].join('\n');
    const r = extractText(front);
    expect(isArticle(r)).toBe(false);
    expect((r as { reason: string }).reason).toMatch(/no article text/);
  });

  it('says why when the only prose is one short sentence', () => {
    const r = extractText('Заголовок новини про щось важливе\n\nЦе єдине речення, і воно досить коротке для статті.');
    expect(isArticle(r)).toBe(false);
    expect((r as { reason: string }).reason).toMatch(/characters/);
  });

  it('handles a 1 MB single line in bounded time without crashing', () => {
    for (const line of ['Речення без кінця і краю. '.repeat(40_000), '[a]('.repeat(250_000), 'ы'.repeat(1_000_000)]) {
      const t0 = performance.now();
      const r = extractText(line);
      expect(performance.now() - t0).toBeLessThan(2_000);
      expect(isArticle(r)).toBe(false);
    }
  });

  it('parses a long but allowed line full of bracket noise in bounded time', () => {
    const noisy = 'Заголовок статті про дужки\n\n' + 'Текст [дужка](без кінця [і (краю '.repeat(500) + 'кінець речення.';
    const t0 = performance.now();
    const a = article(extractText(noisy));
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(a.paragraphs).toHaveLength(1);
  });

  it('removes control characters, normalizes line ends and keeps emoji', () => {
    const text = [
      'Заголовок\u0007 новини про \u0000дрони 🇺🇦',
      '',
      'Перше речення статті про дрони, які атакували місто вночі.\u0008 Друге речення 👩‍💻 теж тут. 🇺🇦',
      '',
      'Третє речення статті пояснює, що сили ППО збили більшість дронів над областю, а уламки пошкодили два будинки.',
    ].join('\r\n');
    const a = article(extractText(text, { now: NOW }));
    expect(a.title).toBe('Заголовок новини про дрони 🇺🇦');
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'Перше речення статті про дрони, які атакували місто вночі. Друге речення 👩‍💻 теж тут. 🇺🇦',
      'Третє речення статті пояснює, що сили ППО збили більшість дронів над областю, а уламки пошкодили два будинки.',
    ]);
    expect(a.paragraphs.every((p) => !/[\u0000-\u0008\r]/.test(p.text))).toBe(true);
  });

  it('returns a reason rather than throwing for non-string input', () => {
    const r = extractText(undefined as unknown as string);
    expect(isArticle(r)).toBe(false);
  });
});
