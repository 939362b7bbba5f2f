import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportPack, importPack, PACK_FORMAT, PACK_VERSION, parsePack } from '../../../../src/background/evidence/packs';
import { EvidenceStore, storedArticle } from '../../../../src/background/evidence/store';
import { readClaimReview, claimReviewArticle } from '../../../../src/background/evidence/claim-review';
import { article } from './fake-web';

let n = 0;
const NOW = new Date('2026-05-22T00:00:00Z');
const review = {
  '@type': 'ClaimReview',
  url: 'https://voxukraine.org/fakes/1',
  claimReviewed: 'МЗС Китаю не коментувало публікацію Reuters',
  author: { name: 'VoxCheck' },
  reviewRating: { alternateName: 'Неправда' },
};

async function seeded(): Promise<EvidenceStore> {
  const s = await EvidenceStore.open(`packs-${++n}`);
  const item = readClaimReview(review);
  if ('reason' in item) throw new Error(item.reason);
  await s.putArticles([
    storedArticle({ ...article('https://tsn.ua/a-1.html', '2026-05-20T00:00:00Z'), published: '2026-05-20T09:00:00+03:00' }),
    storedArticle(claimReviewArticle(item, NOW), { claimReview: item }),
  ]);
  return s;
}

describe('evidence packs', () => {
  it('export → import into an empty store gives the same evidence (articles as pack, fact-checks as ClaimReview)', async () => {
    const a = await seeded();
    const json = await exportPack(a, NOW);
    const pack = JSON.parse(json);
    expect(pack).toMatchObject({ format: PACK_FORMAT, version: PACK_VERSION, exportedAt: NOW.toISOString() });
    expect(pack.articles).toEqual([{ url: 'https://tsn.ua/a-1.html', outlet: 'tsn.ua', lang: 'uk', title: 'title https://tsn.ua/a-1.html', published: '2026-05-20T09:00:00+03:00', paragraphs: [article('https://tsn.ua/x', '').paragraphs[0]!.text] }]);
    expect(pack.claimReviews[0]).toMatchObject({ '@type': 'ClaimReview', claimReviewed: review.claimReviewed, reviewRating: { alternateName: 'Неправда' } });
    const b = await EvidenceStore.open(`packs-${++n}`);
    expect(await importPack(b, json, NOW)).toMatchObject({ ok: true, added: 2, skipped: 0 });
    const got = await b.allArticles();
    expect(got.map((r) => [r.url, r.obtained])).toEqual([['https://tsn.ua/a-1.html', 'pack'], ['https://voxukraine.org/fakes/1', 'claimreview']]);
    // Importing again adds nothing and replaces nothing.
    expect(await importPack(b, json, NOW)).toMatchObject({ ok: true, added: 0, skipped: 2 });
    a.close();
    b.close();
  });

  it('refuses broken JSON, a wrong format or version, and bad shapes, leaving the store as it was', async () => {
    const s = await seeded();
    const before = JSON.stringify(await s.allArticles());
    const good = JSON.parse(await exportPack(s, NOW));
    const cases: [string, string][] = [
      ['{"format": "zvirka-evidence-pack", "version": 1, "articles": [', 'the pack is not valid JSON'],
      [JSON.stringify({ ...good, version: 2 }), 'unsupported pack version 2 (this Zvirka reads version 1)'],
      [JSON.stringify({ ...good, format: 'something-else' }), 'not an evidence pack: "format" is "something-else", expected "zvirka-evidence-pack"'],
      [JSON.stringify([good]), 'the pack is not a JSON object'],
      [JSON.stringify({ ...good, articles: {} }), '"articles" and "claimReviews" must be lists'],
      // The first article is fine, the second is not: nothing at all is imported.
      [JSON.stringify({ ...good, articles: [{ ...good.articles[0], url: 'https://nv.ua/new.html' }, { ...good.articles[0], url: 'javascript:alert(1)' }] }), 'articles[1].url is not an http(s) address'],
      [JSON.stringify({ ...good, articles: [{ ...good.articles[0], url: 'https://nv.ua/new.html', paragraphs: [1] }] }), 'articles[0].paragraphs must be a non-empty list of strings'],
      [JSON.stringify({ ...good, articles: [{ ...good.articles[0], url: 'https://nv.ua/new.html', lang: 'de' }] }), 'articles[0].lang must be one of uk, ru, en, und'],
      [JSON.stringify({ ...good, claimReviews: [{ ...review, url: 'https://x.org/new' }, { ...review, claimReviewed: '' }] }), 'claimReviews[1]: claimReviewed is missing'],
    ];
    for (const [json, reason] of cases) {
      const r = await importPack(s, json, NOW);
      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.reason).toContain(reason);
    }
    expect(JSON.stringify(await s.allArticles())).toBe(before);
    s.close();
  });

  it('validates everything before returning records', () => {
    const r = parsePack(JSON.stringify({ format: PACK_FORMAT, version: 1, articles: [{ url: 'https://nv.ua/a', lang: 'uk', title: 't', paragraphs: ['x'], published: 'not a date' }] }), NOW);
    expect(r).toEqual({ ok: false, reason: 'articles[0].published is not a date' });
  });
});
