/** Радіо Свобода (SITES.md): /a/<slug>/<id>.html, body in `#article-content .wsw`. */
import type { SiteAdapter } from '../adapter';

export const adapter: SiteAdapter = {
  id: 'radiosvoboda',
  hosts: ['radiosvoboda.org'],
  outlet: 'radiosvoboda.org',
  articlePaths: [/^\/a\/(?:[\w%-]+\/)?\d+\.html$/],
  body: ['#article-content .wsw', '.wsw'],
  title: ['h1.title', 'h1'],
  published: ['.published time[datetime]', 'time[datetime]'],
  author: ['.links__item-link', '.authors a'],
  drop: ['.also-read', '.share', '.wsw__embed', '.media-block-wrap', '.infgraphicsAttach', '.mb-grid'],
  langFromUrl: () => 'uk',
};
