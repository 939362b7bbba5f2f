import type { SiteAdapter } from '../adapter';
import { WordEnd } from '../word-end';

/**
 * Суспільне (suspilne.media), SITES.md: `/<id>-<slug>/` (regional desks under `/<region>/`, English under
 * `/en/`). The text is `div.c-article-content` under `article.c-article`; the header carries the title,
 * a `time[datetime]` and the author. The "Читайте також" cards and the Telegram/newsletter promos are
 * inside the text container and are dropped.
 */
export const adapter: SiteAdapter = {
  id: 'suspilne',
  hosts: ['suspilne.media'],
  outlet: 'suspilne.media',
  articlePaths: [/^\/(?:[a-z-]+\/)?\d{4,}-[\w-]+\/?$/],
  body: ['article.c-article .c-article-content', '.c-article-content'],
  title: ['h1.c-article-header__title', 'article.c-article h1'],
  lead: ['.c-article-header__lead'],
  published: ['.c-article-header time[datetime]', 'meta[property="article:published_time"]'],
  author: ['.c-article-header__author-name'],
  drop: ['.c-article-content__read-also', '.c-article-content__promo', '.c-article-content__embed', 'figure', 'blockquote.twitter-tweet'],
  dropText: [new WordEnd(/^Читайте також/iu), /^Підписуйтеся на Суспільне/i, /^Стежте за (?:новинами|подіями) .*Telegram/i],
  langFromUrl: (url) => (url.pathname.startsWith('/en/') ? 'en' : 'uk'),
};
