import type { SiteAdapter } from '../adapter';
import { WordEnd } from '../word-end';

/**
 * УНН (unn.ua; formerly unn.com.ua), `/news/<slug>` in Ukrainian, `/ru/news/<slug>` in Russian. The text
 * is the `itemprop="articleBody"` container (the old template's `.b-news-text`), preceded by a lead in
 * `.article-lead`. "ЧИТАЙТЕ ТАКОЖ" link blocks and embedded Telegram posts sit inside the text and are
 * dropped; the date is an ISO `content` on `[itemprop="datePublished"]` (formerly `span.datelink`). Old
 * unn.com.ua pages (`/uk/news/<id>-<slug>`, still linked from older articles) carry no JSON-LD at all, so
 * their title and date come from these selectors.
 */
export const adapter: SiteAdapter = {
  id: 'unn',
  hosts: ['unn.ua', 'unn.com.ua'],
  outlet: 'unn.ua',
  articlePaths: [/^\/(?:ru\/|en\/)?news\/[\w-]+\/?$/, /^\/(?:uk|ru|en)\/news\/\d+-[\w-]+\/?$/],
  body: ['.article [itemprop="articleBody"]', '[itemprop="articleBody"]', '.b-news-text'],
  title: ['h1.article-title', '.article h1', '.b-news-holder h1'],
  lead: ['.article-lead'],
  published: ['.article [itemprop="datePublished"]', 'span.datelink'],
  author: ['.article-author [itemprop="name"]', '.article-author'],
  drop: ['.read-also', '.b-news-img-source', '.article-telegram', 'script[data-telegram-post]', 'blockquote.twitter-tweet', 'figure'],
  dropText: [new WordEnd(/^ЧИТАЙТЕ (?:ТАКОЖ|ТАКЖЕ)/iu), /^Читайте УНН в/i, /^Читайте УНН у/i],
  langFromUrl: (url) => {
    const p = url.pathname;
    return p.startsWith('/ru/') ? 'ru' : p.startsWith('/en/') ? 'en' : 'uk';
  },
};
