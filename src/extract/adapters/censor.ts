import type { SiteAdapter } from '../adapter';
import { WordEnd } from '../word-end';

/**
 * Цензор.НЕТ (censor.net), SITES.md: `/ua/news/<id>/<slug>` (Russian `/ru/`, English `/en/`). No current
 * body selectors are known, so this adapter is deliberately thin: it only says which pages are articles
 * and which language they are in, and the extractor takes the generic path (JSON-LD / OpenGraph, then
 * its body scorer) for everything else. The site bans wide crawls: fetch its pages gently, if at all.
 */
export const adapter: SiteAdapter = {
  id: 'censor',
  hosts: ['censor.net'],
  outlet: 'censor.net',
  articlePaths: [/^\/(?:ua|ru|en)\/(?:news|resonance|blogs)\/\d+\/[\w-]+\/?$/],
  body: [],
  // Rules still apply to whatever body the generic path finds: the closing credit line ("Джерело: Reuters")
  // names where the news came from and is not a sentence of the article.
  drop: ['.news-view__tags', '.news-view__share', '.news-view__tg'],
  dropText: [new WordEnd(/^Читайте (?:також|также)/iu), /^(?:Джерело|Источник|Source)\s*:\s*\S.{0,80}$/i],
  langFromUrl: (url) => {
    const first = url.pathname.split('/')[1];
    return first === 'ua' ? 'uk' : first === 'ru' ? 'ru' : first === 'en' ? 'en' : undefined;
  },
};
