/** Українська правда (SITES.md, confidence H): /news/YYYY/MM/DD/<id>/, Russian /rus/, English /eng/. */
import type { SiteAdapter } from '../adapter';

export const adapter: SiteAdapter = {
  id: 'pravda',
  hosts: ['pravda.com.ua'],
  outlet: 'pravda.com.ua',
  articlePaths: [/^\/(?:rus\/|eng\/)?(?:news|articles|columns)\/\d{4}\/\d{2}\/\d{2}\/\d+\/?$/],
  body: ['article.post div.post_text', 'article.post'],
  // Paragraphs and subheads only: the post also holds its title, date and source lines in divs.
  blocks: 'p, h2, h3, li, blockquote',
  title: ['h1.post_title', 'h1'],
  published: ['.post_time', 'time[datetime]'],
  author: ['.post_author a', '.post_author'],
  drop: ['div.post_news_photo_captain', '.post_news_photo', '.post__tags', '.post_tags', '.post_source', '.post__ai-warning'],
  dropText: [/^Вас (також|также) може (зацікавити|заинтересовать)/iu],
  langFromUrl: (url) => (url.pathname.startsWith('/rus/') ? 'ru' : url.pathname.startsWith('/eng/') ? 'en' : 'uk'),
};
