import { describe, expect, it } from 'vitest';
import { countOrigins, groupByOrigin, originOf } from '../../../../src/core/evidence/origin';
import type { EvidenceLink, Stance } from '../../../../src/core/types';

const link = (origin: string, published: string | undefined, stance: Stance = 'corroborates', score = 0.5): EvidenceLink => ({ url: `https://x.test/${origin}/${published}`, outlet: 'x.test', published, stance, score, sentence: 's', origin });

describe('originOf', () => {
  it('is the media source when the sentence is attributed to one, else the speaker, else the outlet', () => {
    expect(originOf({ source: 'reuters', speaker: 'rutte' }, 'nv.ua')).toBe('reuters');
    expect(originOf({ speaker: 'rutte' }, 'nv.ua')).toBe('rutte');
    expect(originOf({ source: 'europe' }, 'reuters.com')).toBe('reuters');
    expect(originOf({}, 'unian.ua')).toBe('unian.ua');
  });

  it('a denial relayed by an agency comes from the denier', () => {
    expect(originOf({ kind: 'denial', source: 'reuters', speaker: 'mfa-china' }, 'rbc.ua')).toBe('mfa-china');
  });
});

describe('groupByOrigin', () => {
  it('makes ten outlets repeating one report one origin, groups on a timeline, undated last', () => {
    const links = [
      ...Array.from({ length: 10 }, (_, i) => link('reuters', `2026-05-${String(19 + (i % 3)).padStart(2, '0')}T10:00:00Z`)),
      link('mfa-china', '2026-05-20T08:00:00Z', 'denies'),
      link('isw', undefined),
      link('kremlin', '2026-05-21T12:00:00Z', 'denies'),
    ];
    const groups = groupByOrigin(links);
    expect(groups.map((g) => g.origin)).toEqual(['reuters', 'mfa-china', 'kremlin', 'isw']);
    expect(groups[0]!.links).toHaveLength(10);
    const dates = groups[0]!.links.map((l) => l.published!);
    expect([...dates].sort()).toEqual(dates);
    expect(groups[0]!.first).toBe('2026-05-19T10:00:00Z');
    expect(countOrigins(links)).toEqual({ corroborates: 2, denies: 2, related: 0 });
  });

  it('returns nothing for no links', () => {
    expect(groupByOrigin([])).toEqual([]);
  });
});
