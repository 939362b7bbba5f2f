/** iPress (SITES.md): Ukrainian, Russian under /ru/; related lists repeat every title twice. */
import type { SiteAdapter } from '../adapter';

export const adapter: SiteAdapter = {
  id: 'ipress',
  hosts: ['ipress.ua'],
  outlet: 'ipress.ua',
  articlePaths: [/^\/(?:ru\/)?(?:news|articles|mainnews)\/[\w%-]+_\d+\.html$/],
  body: ['.bodylinkchange', '.article_body'],
  lead: ['#lead', '.lead'],
  title: ['.readheader', 'h1'],
  published: ['.newsdate', '.article_date', 'time[datetime]'],
  author: ['.article_author'],
  drop: ['.read_also', '.related', '.photo_info', '.article_photo'],
  langFromUrl: (url) => (url.pathname.startsWith('/ru/') ? 'ru' : 'uk'),
};
