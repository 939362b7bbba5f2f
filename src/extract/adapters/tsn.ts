import type { SiteAdapter } from '../adapter';
import { WordEnd } from '../word-end';

/**
 * ТСН (tsn.ua), SITES.md: `/<section>/<slug>-<id>.html` (Russian under `/ru/` until 2022), title
 * `h1.c-entry__title`, date `time.c-entry__time`, body the direct children of `div.c-prose.c-post__inner`.
 * Embeds (`.c-embed`), the in-text "Читайте також" cards (`.c-post__related`) and the banner slots sit
 * between the paragraphs and are dropped. The newer card template (scrapers of 2023–2025 read
 * `.c-article__body`, `.c-article__lead`, `.c-card__title`, `.c-card__foot time`) keeps lead and prose in
 * `.c-article__body`; both templates are served, so both are listed.
 */
export const adapter: SiteAdapter = {
  id: 'tsn',
  hosts: ['tsn.ua'],
  outlet: 'tsn.ua',
  articlePaths: [/^\/(?:ru\/)?[a-z-]+(?:\/[a-z-]+)*\/[\w-]+-\d{6,}\.html$/],
  body: ['div.c-prose.c-post__inner', '.c-article__body'],
  title: ['h1.c-entry__title', 'h1.c-card__title', '.c-entry h1'],
  lead: ['.c-entry__lead', '.c-article__lead'],
  published: ['time.c-entry__time[datetime]', '.c-entry time[datetime]', '.c-card__foot time[datetime]'],
  author: ['.c-entry__author .c-bar__link', '.c-entry__author'],
  drop: ['.c-embed', '.c-post__related', '.c-banner', '.c-post__tags', '.c-share', 'blockquote.twitter-tweet', 'figure'],
  dropText: [new WordEnd(/^Читайте (?:також|также)/iu), /^Новини ТСН у Telegram/i, /^Новости ТСН в Telegram/i],
  langFromUrl: (url) => (url.pathname.startsWith('/ru/') ? 'ru' : 'uk'),
};
