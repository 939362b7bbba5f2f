import type { SiteAdapter } from '../adapter';
import { WordEnd } from '../word-end';

/**
 * РБК-Україна (www.rbc.ua), SITES.md: `/ukr/news/<slug>-<unix-time>.html` (Russian under `/rus/`), the
 * article is the page's `<article>`, the lead sits in `.publication-lead` above the text, JSON-LD is one
 * `NewsArticle` object. Public scrapers (2022–2024) read `//article` and drop `[id*=read_more]`,
 * `.publication-social` and the "Читайте нас у Google News" line; the text itself is `div.txt`.
 */
export const adapter: SiteAdapter = {
  id: 'rbc',
  hosts: ['rbc.ua'],
  outlet: 'rbc.ua',
  articlePaths: [/^\/(?:ukr|rus)\/news\/[\w-]+-\d{9,11}\.html$/],
  body: ['article.publication .txt', 'article .txt', 'article.publication'],
  title: ['article.publication h1', 'h1'],
  lead: ['.publication-lead'],
  published: ['article.publication time[datetime]', 'meta[property="article:published_time"]'],
  author: ['.publication-author__name', '.publication-author a'],
  drop: [
    '[id^="read_more"]',
    '.read_more',
    '.publication-social',
    '.publication-photo-description',
    '.publication-tags',
    '.publication-sticky-container',
    'blockquote.twitter-tweet',
    'figure',
  ],
  dropText: [new WordEnd(/^Читайте (?:також|также)/iu), /^Читайте (?:нас )?(?:у|в) Google News/i, /^Читайте РБК-Україна/i],
  stopAt: [/^Більше новин(?: про| у| в)? .*(?:Telegram|Google News)/i, /^Больше новостей .*(?:Telegram|Google News)/i],
  langFromUrl: (url) => (url.pathname.startsWith('/rus/') ? 'ru' : url.pathname.startsWith('/ukr/') ? 'uk' : undefined),
};
