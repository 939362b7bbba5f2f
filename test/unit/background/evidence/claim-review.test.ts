import { describe, expect, it } from 'vitest';
import { claimReviewArticle, claimReviewsIn, readClaimReview, toSchemaOrg } from '../../../../src/background/evidence/claim-review';
import { articleFromHtml } from '../../../../src/background/evidence/page-article';
import { readJsonLd } from '../../../../src/extract/json-ld';
import { parseDocument } from '../../../../src/background/evidence/page-article';

const REVIEW = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://www.stopfake.org/uk/fake-china-training/',
  claimReviewed: 'Китай таємно навчав російських військових',
  datePublished: '2026-05-21',
  author: { '@type': 'Organization', name: 'StopFake' },
  reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, alternateName: 'Неправда' },
  itemReviewed: { '@type': 'Claim', appearance: [{ '@type': 'CreativeWork', url: 'https://t.me/some/1' }, { url: 'javascript:alert(1)' }] },
};

const page = (ld: unknown) => `<!doctype html><html lang="uk"><head><title>Фактчек</title>
<script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><h1>Фактчек</h1>
${'<p>Ми перевірили твердження про таємне навчання російських військових у Китаї і не знайшли доказів, які б його підтверджували. </p>'.repeat(5)}
</article></body></html>`;

describe('ClaimReview', () => {
  it('is read from a page’s JSON-LD, in @graph too, with appearances limited to http(s)', () => {
    const html = page({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, REVIEW] });
    const items = claimReviewsIn(readJsonLd(parseDocument(html)).items);
    expect(items).toEqual([
      {
        claimReviewed: 'Китай таємно навчав російських військових',
        rating: 'Неправда',
        author: 'StopFake',
        url: 'https://www.stopfake.org/uk/fake-china-training/',
        datePublished: '2026-05-21',
        appearances: ['https://t.me/some/1'],
        lang: 'uk',
      },
    ]);
    // A fetched page hands them over along with its article.
    const r = articleFromHtml(html, 'https://www.stopfake.org/uk/fake-china-training/', 'linked', new Date('2026-05-22T00:00:00Z'));
    expect(r.claimReviews).toHaveLength(1);
    // The extracted article carries them too: that is how a page the reader opens hands them over.
    expect(r.article?.claimReviews).toEqual([REVIEW]);
  });

  it('becomes a one-sentence evidence article obtained claimreview', () => {
    const item = readClaimReview(REVIEW);
    if ('reason' in item) throw new Error(item.reason);
    const a = claimReviewArticle(item, new Date('2026-05-22T00:00:00Z'));
    expect(a.paragraphs.map((p) => p.text)).toEqual(["StopFake rated 'Китай таємно навчав російських військових' as Неправда."]);
    expect(a).toMatchObject({ obtained: 'claimreview', outlet: 'stopfake.org', published: '2026-05-21T00:00:00.000Z', lang: 'uk' });
    // Round trip through the schema.org form keeps every field.
    expect(readClaimReview(toSchemaOrg(item))).toEqual(item);
  });

  it('names the missing field of a malformed review', () => {
    expect(readClaimReview({ ...REVIEW, claimReviewed: undefined })).toEqual({ reason: 'claimReviewed is missing' });
    expect(readClaimReview({ ...REVIEW, reviewRating: {} })).toEqual({ reason: 'reviewRating has no alternateName or ratingValue' });
    expect(readClaimReview({ ...REVIEW, url: 'ftp://x' })).toEqual({ reason: 'url is missing or not http(s)' });
    expect(readClaimReview({ ...REVIEW, '@type': 'NewsArticle' })).toEqual({ reason: '@type is "NewsArticle", not ClaimReview' });
    expect(readClaimReview([])).toEqual({ reason: 'not an object' });
    // A numeric rating without a name is shown as value/best.
    const r = readClaimReview({ ...REVIEW, reviewRating: { ratingValue: 2, bestRating: 5 } });
    expect('reason' in r ? r.reason : r.rating).toBe('2/5');
  });
});
