/** Кореспондент.net (SITES.md): Ukrainian on ua.korrespondent.net, Russian on korrespondent.net. */
import type { SiteAdapter } from '../adapter';

export const adapter: SiteAdapter = {
  id: 'korrespondent',
  hosts: ['ua.korrespondent.net', 'korrespondent.net'],
  outlet: 'korrespondent.net',
  // /<section>/<id>-<slug>, sub-sections possible: /world/russia/4812345-rutte-...
  articlePaths: [/^\/(?:[\w-]+\/)+\d{3,}-[\w%-]+\/?$/],
  body: ['div.col__big div.post-item__text', 'div.post-item__text'],
  title: ['.post-item__title', 'h1'],
  published: ['.post__time'],
  author: ['.article__author', '.post-item__author'],
  drop: ['.post-item__info', '.post-item__header', '.post-item__tags', '.post-item__photo-about', '.post-item__photo', '.subpartition-partnership'],
  dropText: [/^Новини від Кореспондент\.net/iu, /^Новости от Корреспондент\.net/iu, /^Читайте Korrespondent\.net/iu, /^ЧИТАЙТЕ ТАКОЖ|^ЧИТАЙТЕ ТАКЖЕ/u],
  langFromUrl: (url) => (url.hostname.startsWith('ua.') ? 'uk' : 'ru'),
};
