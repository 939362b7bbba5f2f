/** The detectClaims contract: selectors, ordering, threshold, furniture, bad input, determinism. */
import { describe, expect, it } from 'vitest';
import { CHECKWORTHY_THRESHOLD, detectClaims, MAX_ARTICLE_CHARS } from '../../../../src/core/claims/index';
import { furnitureMap } from '../../../../src/core/claims/furniture';
import { analyzeArticle } from '../../../../src/core/claims/analyze';
import { cueWordSpan, isHedged, isNegated } from '../../../../src/core/claims/polarity';
import type { Lang } from '../../../../src/core/types';
import type { Token } from '../../../../src/core/text/tokenize';
import { fixtureParagraphs } from '../../../eval/corpus-texts';
import { tokenize } from '../../../../src/core/text/tokenize';
import { article } from './helpers';

const PARAS = [
  'Фото: Getty Images',
  'Агентство Reuters повідомило, що Китай розглядає можливість відправлення миротворців до України.',
  'Речник МЗС Китаю Лінь Цзянь назвав це повідомлення вигадкою. Ситуація залишається складною.',
  'Підписуйтесь на наші канали в Telegram.',
];

describe('detectClaims', () => {
  const a = article(PARAS, 'uk');
  const claims = detectClaims(a);
  const joined = PARAS.join('\n\n');

  it('returns check-worthy sentences in order, with ids, paragraph offsets and a TextPosition into the joined text', () => {
    expect(claims.map((c) => c.id)).toEqual(claims.map((_, i) => `c${i}`));
    for (const c of claims) {
      expect(joined.slice(c.position.start, c.position.end)).toBe(c.text);
      const p = a.paragraphs.find((x) => x.id === c.paragraph)!;
      expect(p.text.slice(c.start, c.end)).toBe(c.text);
      expect(c.checkworthiness).toBeGreaterThanOrEqual(CHECKWORTHY_THRESHOLD);
    }
    const starts = claims.map((c) => c.position.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    expect(claims.map((c) => c.kind)).toEqual(['report', 'denial']);
  });

  it('builds a TextQuote selector with up to 32 characters of context', () => {
    const c = claims[1]!;
    expect(c.quote.exact).toBe(c.text);
    expect(c.quote.prefix).toBe(joined.slice(c.position.start - 32, c.position.start));
    expect(c.quote.suffix).toBe(joined.slice(c.position.end, c.position.end + 32));
  });

  it('keeps one key order, with `cue` after `kind` only when there is a cue (the order JSON output shows)', () => {
    const head = ['id', 'text', 'paragraph', 'start', 'end', 'quote', 'position', 'kind'];
    const tail = ['entities', 'concepts', 'numbers', 'dates', 'negated', 'hedged', 'checkworthiness', 'lang'];
    const every = detectClaims(a, { all: true });
    expect(every.filter((c) => c.cue).length).toBeGreaterThan(0);
    expect(every.filter((c) => !c.cue).length).toBeGreaterThan(0);
    for (const c of every) {
      const extra = ['speaker', 'source', 'target'].filter((k) => k in c);
      expect(Object.keys(c), c.text).toEqual([...head, ...(c.cue ? ['cue'] : []), ...tail, ...extra]);
      expect('cue' in c).toBe(Boolean(c.cue));
    }
  });

  it('with `all`, returns every non-furniture sentence, scored', () => {
    const all = detectClaims(a, { all: true });
    expect(all.length).toBe(3);
    expect(all.find((c) => c.text === 'Ситуація залишається складною.')!.checkworthiness).toBeLessThan(CHECKWORTHY_THRESHOLD);
  });

  it('is deterministic', () => {
    expect(detectClaims(a)).toEqual(claims);
  });

  it('rejects input that is not an article with a clear error', () => {
    expect(() => detectClaims({} as never)).toThrow(/paragraphs/);
  });

  it('returns nothing for an article without paragraphs', () => {
    expect(detectClaims(article([], 'uk'))).toEqual([]);
  });
});

describe('furniture guard', () => {
  it('flags captions, headlines, boilerplate, teasers followed by a date, and short lines between furniture', () => {
    const ps = article([
      'Фото: EPA/UPG',
      'Фото Генштабу ЗСУ.',
      'Росія зменшила інтенсивність штурмів - Генштаб',
      'Речник Путіна заявив, що Росія продовжуватиме війну.',
      '13.11',
      'Використання матеріалів сайту дозволяється за умови посилання.',
      'Розділ створюється спільно з партнерами.',
      '© 2000-2026. Korrespondent.net',
      'Генсек НАТО заявив, що Альянс посилить присутність на сході.',
    ]).paragraphs;
    expect(furnitureMap(ps)).toEqual(['no sentence end', 'boilerplate', 'no sentence end', 'teaser', 'no sentence end', 'boilerplate', 'between furniture', 'no sentence end', null]);
  });
});

describe('polarity', () => {
  const w = (s: string) => tokenize(s).filter((t) => t.kind === 'word');
  it('negation, but not "не лише"', () => {
    expect(isNegated(w('Ми не бачили жодних доказів'), new Set())).toBe(true);
    expect(isNegated(w('There is no evidence of that'), new Set())).toBe(true);
    expect(isNegated(w('Китай не лише торгує, а й допомагає'), new Set())).toBe(false);
  });
  it('hedging in three languages', () => {
    expect(isHedged(w('Китай нібито постачав дрони'))).toBe(true);
    expect(isHedged(w('Россия якобы получила снаряды'))).toBe(true);
    expect(isHedged(w('The troops were reportedly moved'))).toBe(true);
    expect(isHedged(w('Китай постачав дрони'))).toBe(false);
  });
});

describe('bad and large input', () => {
  it('names the paragraph that is malformed', () => {
    const bad = article(['Китай спростував публікацію Reuters.']);
    (bad.paragraphs[0] as { text: unknown }).text = 42;
    expect(() => detectClaims(bad)).toThrow(/paragraph 0/);
  });

  it('analyses only the first MAX_ARTICLE_CHARS characters, keeping offsets valid', () => {
    const p = 'Агентство Reuters повідомило, що Китай постачав Росії дрони. '.repeat(40).trim();
    const n = Math.ceil(MAX_ARTICLE_CHARS / p.length) + 5;
    const big = article(Array.from({ length: n }, () => p));
    const claims = detectClaims(big);
    const joined = big.paragraphs.map((x) => x.text).join('\n\n');
    expect(claims.length).toBeGreaterThan(0);
    expect(Math.max(...claims.map((c) => c.position.end))).toBeLessThanOrEqual(MAX_ARTICLE_CHARS + 2 * n);
    for (const c of claims.slice(-3)) expect(joined.slice(c.position.start, c.position.end)).toBe(c.text);
  });

  it('guesses each paragraph\'s language when the article\'s is unknown', () => {
    const claims = detectClaims(article(['Kremlin spokesman Dmitry Peskov denied the report.', 'Песков опроверг сообщение агентства.'], 'und'));
    expect(claims.map((c) => c.lang)).toEqual(['en', 'ru']);
  });
});

describe('cue words', () => {
  it('cueWordSpan holds the words the cue set held, on every attributed fixture sentence', () => {
    // The set as it was built: each word within the cue's first part, and a negator right before the first word at or after it.
    const asSet = (text: string, words: readonly Token[], cue: string, family: string | undefined): Set<number> => {
      const out = new Set<number>();
      const gap = cue.indexOf(' … ');
      const head = gap < 0 ? cue : cue.slice(0, gap);
      const at = text.indexOf(head);
      if (at < 0) return out;
      const end = at + head.length;
      words.forEach((x, i) => {
        if (x.start >= at && x.end <= end) out.add(i);
      });
      const first = words.findIndex((x) => x.start >= at);
      if (first > 0 && ['не', 'not', 'ни'].includes(words[first - 1]!.norm) && family !== 'confirm') out.add(first - 1);
      return out;
    };
    let cued = 0;
    let negators = 0;
    for (const lang of ['uk', 'ru', 'en'] as Lang[]) {
      for (const s of analyzeArticle(article(fixtureParagraphs(lang), lang))) {
        const u = s.unit;
        // Also each cue's words moved one word on, and a cue led by "не", so spans start anywhere and take negators.
        const cues = s.attr.cue ? [s.attr.cue] : [];
        for (let i = 1; i + 1 < u.words.length && i < 4; i++) cues.push(u.text.slice(u.words[i]!.start, u.words[i + 1]!.end));
        for (const cue of cues) {
          for (const family of [s.attr.family, 'confirm' as const]) {
            const want = asSet(u.text, u.words, cue, family);
            const span = cueWordSpan(u, { cue, family });
            for (let i = -1; i <= u.words.length; i++) expect(span.has(i), `${u.text} / ${cue} @${i}`).toBe(want.has(i));
            if (want.size) cued++;
            if (family !== 'confirm' && [...want].some((i) => ['не', 'not', 'ни'].includes(u.words[i]!.norm))) negators++;
          }
        }
      }
    }
    expect(cued).toBeGreaterThan(300);
    expect(negators).toBeGreaterThan(5);
  }, 30_000);
});
