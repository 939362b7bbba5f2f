/** УНІАН (SITES.md): Ukrainian on unian.ua, Russian on unian.net; the body ends at "Вас також можуть зацікавити новини:". */
import type { SiteAdapter } from '../adapter';

export const adapter: SiteAdapter = {
  id: 'unian',
  hosts: ['unian.ua', 'unian.net'],
  outlet: 'unian.ua',
  articlePaths: [/^\/[\w-]+\/(?:[\w-]+\/)?[\w%-]+-\d+\.html$/],
  body: ['div.article-text'],
  title: ['h1.article__title', 'h1'],
  published: ['div.article__info-item.time', 'time[datetime]'],
  author: ['.article__author-name', '.article__author'],
  drop: ['.read-also-slider', '.read-also', 'figcaption', '.article-photo', '.nts-video'],
  stopAt: [/^Вас також можуть зацікавити новини/iu, /^Вас также могут заинтересовать новости/iu],
  langFromUrl: (url) => (url.hostname.endsWith('unian.net') ? 'ru' : 'uk'),
};
