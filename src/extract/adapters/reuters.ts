import type { SiteAdapter } from '../adapter';

/**
 * Reuters (www.reuters.com), SITES.md: `/<section>/<sub>/<slug>-YYYY-MM-DD/`, paragraphs are
 * `div[data-testid^="paragraph"]` (paragraph-0, paragraph-1, …) inside the article body, JSON-LD
 * `NewsArticle` carries headline and dates. The class names are build hashes (`article-body__content__17Yit`),
 * so selectors match on prefixes and test ids only. Newsletter promos, the sign-off ("Reporting by …")
 * and the "Our Standards" badge are not paragraph test ids and fall away by themselves.
 * Reuters answers background fetches with 401: read it only from the reader's own tab.
 */
export const adapter: SiteAdapter = {
  id: 'reuters',
  hosts: ['reuters.com'],
  outlet: 'reuters.com',
  articlePaths: [/^\/[a-z-]+(?:\/[a-z-]+)*\/[\w-]+-\d{4}-\d{2}-\d{2}\/?$/],
  body: ['[data-testid="ArticleBody"]', 'div[class^="article-body__content"]', 'article'],
  blocks: 'div[data-testid^="paragraph"], h2[data-testid="Heading"]',
  title: ['h1[data-testid="Heading"]', 'article h1'],
  published: ['article header time[datetime]', 'time[datetime]'],
  author: ['[data-testid="AuthorByline"] a[rel="author"]'],
  drop: ['[data-testid="promo-box"]', '[data-testid="SignOff"]', '[data-testid="Tweet"]', 'figure'],
  langFromUrl: () => 'en',
};
