import type { SiteAdapter } from '../adapter';
import { WordEnd } from '../word-end';

/**
 * НВ (nv.ua), SITES.md: `/ukr/<section>/<slug>-<id>.html` in Ukrainian, the same path without `/ukr`
 * in Russian. JSON-LD is an array (BreadcrumbList, Organization, WebPage, NewsArticle): the extractor
 * finds `NewsArticle` by type. The lead is `div.subtitle`; the text is `div.content_wrapper` inside
 * `div.article__content__body`. `.paywall-area` (the НВ Преміум subscription box) truncates the body:
 * what follows it is not shown to readers, so it is dropped along with the "also" link cards.
 */
export const adapter: SiteAdapter = {
  id: 'nv',
  hosts: ['nv.ua'],
  outlet: 'nv.ua',
  articlePaths: [/^\/(?:ukr\/)?[a-z-]+(?:\/[a-z-]+)*\/[\w-]+-\d{6,}\.html$/],
  body: ['.article__content__body .content_wrapper', '.article__content__body', 'article.article__content'],
  title: ['.article__head__title', '.article__head h1', 'h1'],
  lead: ['.article__head .subtitle', '.subtitle'],
  published: ['.article__head time[datetime]', 'meta[property="article:published_time"]'],
  author: ['.article__head .opinion_author__name', '.article__head__author a'],
  drop: [
    '.paywall-area',
    '.media__also__news',
    '.media__also__news_link',
    '.media__also__opinions',
    '.media__gallery',
    '.media__photo__container__text--source',
    '.article__content__footer',
    '.article__tags',
    '.longread_tags',
    '.print_magazine_promo_new',
    'blockquote.twitter-tweet',
  ],
  dropText: [new WordEnd(/^Читайте (?:також|также)/iu), /^Приєднуйтесь до нас у соцмережах/i, /^Присоединяйтесь к нам в соцсетях/i],
  stopAt: [/^Текст опубліковано з/i, /^Текст опубликован с/i],
  langFromUrl: (url) => (url.pathname.startsWith('/ukr/') ? 'uk' : 'ru'),
};
