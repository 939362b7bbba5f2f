/** ГОРДОН (SITES.md): Ukrainian under /ukr/, Russian without it; no JSON-LD. */
import type { SiteAdapter } from '../adapter';

export const adapter: SiteAdapter = {
  id: 'gordonua',
  hosts: ['gordonua.com'],
  outlet: 'gordonua.com',
  articlePaths: [/^\/(?:ukr\/)?(?:news|publications|blogs)\/(?:[\w-]+\/)?[\w%-]+-\d+\.html$/],
  body: ['div[class*="a_body"]'],
  lead: ['div.a_description'],
  title: ['h1.a_head', 'h1'],
  published: ['.a_date', 'time[datetime]'],
  author: ['.a_author'],
  // The losses counter ("Втрати російських окупантів …") sits outside the body; galleries and
  // prev/next links sit inside it.
  drop: ['div.gal_thumbs', 'ul.gal_nav', 'div.footer', '.a_prevnext', '.a_tags', '.losses', '[class*="gallery"]'],
  dropText: [/^Як читати "?ГОРДОН"?/u, /^Как читать "?ГОРДОН"?/u],
  langFromUrl: (url) => (url.pathname.startsWith('/ukr/') ? 'uk' : 'ru'),
};
