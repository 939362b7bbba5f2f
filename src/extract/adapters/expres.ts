/** Експрес (SITES.md): /podrobitsi/<slug>, /news/<slug>; a long tail of teaser cards after the body. */
import type { SiteAdapter } from '../adapter';

export const adapter: SiteAdapter = {
  id: 'expres',
  hosts: ['expres.online'],
  outlet: 'expres.online',
  articlePaths: [/^\/[\w-]+\/[\w%-]*[a-z\d]-[\w%-]+\/?$/],
  body: ['div.content.content-iframe', 'article div.content'],
  lead: ['.article__description', '.article-lead'],
  title: ['h1'],
  published: ['.article__date', 'time[datetime]'],
  author: ['.article__author a', '.article__author'],
  drop: ['.news-card', '.news-feed', '.article__author', '.article__meta'],
  dropText: [/^Підписуйтесь на сторінку/iu, /^Подписывайтесь на страницу/iu],
  langFromUrl: (url) => (url.pathname.startsWith('/ru/') ? 'ru' : 'uk'),
};
