/**
 * The gazetteer's fast paths against the straightforward code they stand in for, over every key of an
 * eagerly built index (every form of every entity in every language) and over real article prose.
 */
import { describe, expect, it } from 'vitest';
import { buildGazetteer, shippedData } from '../../../../src/core/entities/gazetteer';
import { hitEntity, hitVia, type CompiledIndex, type Hit } from '../../../../src/core/entities/compile';
import type { EntityMention, MatchOptions, RoleHolder } from '../../../../src/core/entities/entity-types';
import { pickHolder } from '../../../../src/core/entities/role-holders';
import { normalizeText, secondToken, tokenSpans } from '../../../../src/core/entities/normalize';
import type { Lang } from '../../../../src/core/types';
import { fixtureParagraphs, labelledSentences } from '../../../eval/corpus-texts';

type MentionOf<H> = (text: string, start: number, end: number, hits: H, opts: MatchOptions) => EntityMention;
interface Inside {
  index: CompiledIndex;
  ranked: MentionOf<Hit[]>;
  oneHit: MentionOf<Hit>;
  mayGrow: () => boolean;
}

/** Each test runs over every key or every fixture paragraph: seconds on a loaded machine. */
const SLOW = 30_000;

const gaz = buildGazetteer(shippedData(), undefined, true);
const inside = gaz as unknown as Inside;

/** The ranking of several hits as first written (arrays, a Set and a filter), to hold `ranked` to. */
function rankedAsWritten(text: string, start: number, end: number, hits: Hit[], opts: MatchOptions): EntityMention {
  const entities = inside.index.entities;
  const ranked = [...hits].sort((a, b) => (a & 56) - (b & 56) || a - b);
  const ids = ranked.map((h) => entities[hitEntity(h)]!.id);
  const m: EntityMention = { id: ids[0]!, start, end, surface: text.slice(start, end), via: hitVia(ranked[0]!) };
  if (m.via === 'role') {
    const holders: RoleHolder[] = ranked
      .filter((h) => hitVia(h) === 'role')
      .map((h) => {
        const e = entities[hitEntity(h)]!;
        const r: RoleHolder = { id: e.id };
        if (e.roles?.from !== undefined) r.from = e.roles.from;
        if (e.roles?.to !== undefined) r.to = e.roles.to;
        return r;
      });
    m.holders = holders;
    m.id = pickHolder(holders, opts.date)?.id ?? m.id;
  }
  const alt = [...new Set(ids)].filter((id) => id !== m.id);
  if (alt.length) m.alt = alt;
  return m;
}

const DATES = [undefined, '2014', '2020-06-01', '2030'];

describe('several hits', () => {
  it('make the mention the ranking as first written makes, in any order, role holders and dates included', () => {
    let several = 0;
    let alts = 0;
    for (const [key, v] of inside.index.keys) {
      if (typeof v === 'number') continue;
      several++;
      const text = `«${key}»`;
      for (const hits of [v, [...v].reverse()]) {
        for (const date of DATES) {
          const opts: MatchOptions = date ? { date } : {};
          const want = rankedAsWritten(text, 1, text.length - 1, hits, opts);
          expect(JSON.stringify(inside.ranked.call(gaz, text, 1, text.length - 1, hits, opts)), key).toBe(JSON.stringify(want));
          if (want.alt) alts++;
        }
      }
    }
    expect(several).toBeGreaterThan(100);
    expect(alts).toBeGreaterThan(100);
  }, SLOW);
});

describe('a single hit', () => {
  it('makes the mention the ranking as first written makes of it, role holders and dates included', () => {
    let singles = 0;
    let roles = 0;
    for (const [key, v] of inside.index.keys) {
      if (typeof v !== 'number') continue;
      singles++;
      const text = `«${key}»`;
      // The date picks among role holders only: other hits are compared once.
      for (const date of hitVia(v) === 'role' ? DATES : [undefined]) {
        const opts: MatchOptions = date ? { date } : {};
        const want = rankedAsWritten(text, 1, text.length - 1, [v], opts);
        const got = inside.oneHit.call(gaz, text, 1, text.length - 1, v, opts);
        expect(JSON.stringify(got), key).toBe(JSON.stringify(want));
        if (want.via === 'role') roles++;
      }
    }
    expect(singles).toBeGreaterThan(10_000);
    expect(roles).toBeGreaterThan(100);
  }, SLOW);
});

describe('secondToken', () => {
  it('finds the second token tokenSpans finds, from every token of real prose on', () => {
    let pairs = 0;
    for (const text of [...fixtureParagraphs(), ...labelledSentences(), "China's Xi, об'єкти зв'язку, A's B, -'s x, X 's, Ü's, 's"]) {
      const norm = normalizeText(text);
      for (const at of tokenSpans(norm).start) {
        const s = norm.slice(at, at + 40);
        const t = tokenSpans(s);
        const want = t.start.length > 1 ? [t.start[1], t.end[1]] : null;
        expect(secondToken(s), s).toEqual(want);
        if (want) pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(10_000);
  }, SLOW);
});

describe('the second-token test before growing a span', () => {
  // The straightforward matcher grows every span that starts a key of several tokens, building each key.
  const always = buildGazetteer(shippedData(), undefined, true);
  (always as unknown as Inside).mayGrow = () => true;

  it('finds what growing every span finds, in article prose in each language and upper-cased', () => {
    const texts: [string, Lang][] = [];
    for (const lang of ['uk', 'ru', 'en'] as const) for (const p of fixtureParagraphs(lang)) texts.push([p, lang], [p.toUpperCase(), 'und']);
    for (const s of labelledSentences()) texts.push([s, 'und']);
    let long = 0;
    for (const [text, lang] of texts) {
      const want = always.match(text, lang);
      expect(gaz.match(text, lang), text).toEqual(want);
      long += want.filter((m) => /\s|-/.test(m.surface)).length;
    }
    expect(long).toBeGreaterThan(300);
  }, SLOW);

  it('finds every key of several tokens, after a space, a quotation mark and a capital', () => {
    let keys = 0;
    for (const [key] of inside.index.keys) {
      if (!/[\s\p{P}]/u.test(key)) continue;
      keys++;
      const text = `Сказав ${key}, «${key}» і ${key[0]!.toUpperCase()}${key.slice(1)}.`;
      expect(gaz.match(text), key).toEqual(always.match(text));
    }
    expect(keys).toBeGreaterThan(3000);
  }, SLOW);
});
