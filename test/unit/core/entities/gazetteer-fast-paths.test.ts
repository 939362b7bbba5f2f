/**
 * The gazetteer's fast paths against the straightforward code they stand in for, over every key of an
 * eagerly built index (every form of every entity in every language) and over real article prose.
 */
import { describe, expect, it } from 'vitest';
import { buildGazetteer, shippedData } from '../../../../src/core/entities/gazetteer';
import type { CompiledIndex, Hit } from '../../../../src/core/entities/compile';
import type { EntityMention, MatchOptions } from '../../../../src/core/entities/entity-types';

type MentionOf<H> = (text: string, start: number, end: number, hits: H, opts: MatchOptions) => EntityMention;
interface Inside {
  index: CompiledIndex;
  ranked: MentionOf<Hit[]>;
  oneHit: MentionOf<Hit>;
}

const gaz = buildGazetteer(shippedData(), undefined, true);
const inside = gaz as unknown as Inside;

describe('a single hit', () => {
  it('makes the mention the ranking of several hits makes of it, role holders and dates included', () => {
    let singles = 0;
    let roles = 0;
    for (const [key, v] of inside.index.keys) {
      if (typeof v !== 'number') continue;
      singles++;
      const text = `«${key}»`;
      for (const date of [undefined, '2014', '2020-06-01', '2030']) {
        const opts: MatchOptions = date ? { date } : {};
        const want = inside.ranked.call(gaz, text, 1, text.length - 1, [v], opts);
        const got = inside.oneHit.call(gaz, text, 1, text.length - 1, v, opts);
        expect(JSON.stringify(got), key).toBe(JSON.stringify(want));
        if (want.via === 'role') roles++;
      }
    }
    expect(singles).toBeGreaterThan(10_000);
    expect(roles).toBeGreaterThan(100);
  });
});
