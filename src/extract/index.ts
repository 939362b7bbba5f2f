/** The extraction entry points: DOM → Article, for the live page and for fetched pages. */
export { extractArticle, extractLive, MIN_ARTICLE_CHARS, type ExtractOptions, type LiveArticle } from './extract-article';
export { ADAPTERS, adapterFor } from './adapters/index';
export { registrableDomain } from './outlet';
