// The example that must hold: seed 000's Reuters claim links to China's denial (denies) and to the
// Reuters report and its repetitions (corroborates, origin reuters); look-alike events do not link.
import { beforeAll, describe, expect, it } from 'vitest';
import { EvidenceIndex, groupByOrigin } from '../../../../src/core/evidence/index';
import type { Article, EvidenceLink } from '../../../../src/core/types';
import { allArticles, claimOf, fixture } from './corpus';

let ix: EvidenceIndex;
let page: Article;
let links: EvidenceLink[];

beforeAll(() => {
  ix = new EvidenceIndex();
  for (const a of allArticles()) ix.add(a);
  page = fixture('seed-000-korrespondent');
  links = ix.query(claimOf(page, 'Нагадаємо, агентство Reuters'), page, { limit: 50 });
}, 60_000);

describe('seed 000: the Reuters training claim', () => {
  it('links to China’s denial, stance denies, with the denial cue', () => {
    const denial = links.find((l) => l.url.includes('reuters.com/world/china/china-denies') && l.sentence.includes('denied a Reuters report'));
    expect(denial?.stance).toBe('denies');
    expect(denial?.cue).toBe('denied');
    const uk = links.find((l) => l.url.includes('expres.online') && l.sentence.includes('спростувало'));
    expect(uk?.stance).toBe('denies');
  });

  it('links to the Reuters report itself and its repetitions as corroborating, origin reuters', () => {
    const own = links.find((l) => l.url.includes('china-secretly-trained-russian-soldiers'));
    expect(own?.stance).toBe('corroborates');
    expect(own?.origin).toBe('reuters');
    const repeats = links.filter((l) => l.stance === 'corroborates' && l.origin === 'reuters' && l.sameReport);
    expect(new Set(repeats.map((l) => l.outlet)).size).toBeGreaterThanOrEqual(3);
  });

  it('does not link look-alike events (Belarus training, North Korean officers, China–Belarus exercises)', () => {
    expect(links.some((l) => l.url.includes('belarus-trained'))).toBe(false);
    expect(links.some((l) => l.url.includes('severokoreyskih'))).toBe(false);
    expect(links.some((l) => l.url.includes('kytai-bilorus-navchannia'))).toBe(false);
  });

  it('never links the page to itself, and shows each sentence of an article once', () => {
    expect(links.some((l) => l.url === page.url)).toBe(false);
    const keys = links.map((l) => `${l.url}|${l.sentence}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('ranks best first, all above the threshold', () => {
    for (let i = 1; i < links.length; i++) expect(links[i - 1]!.score).toBeGreaterThanOrEqual(links[i]!.score);
    expect(Math.min(...links.map((l) => l.score))).toBeGreaterThanOrEqual(0.3);
  });

  it('groups the repetitions into one reuters origin, apart from the MFA denial', () => {
    const groups = groupByOrigin(links);
    const reuters = groups.find((g) => g.origin === 'reuters');
    expect(reuters!.links.length).toBeGreaterThan(3);
    expect(groups.some((g) => g.origin === 'mfa-china' && g.links.some((l) => l.stance === 'denies'))).toBe(true);
  });
});
