/**
 * The extraction entry points: DOM → Article, for the live page and for fetched pages. These use
 * @mozilla/readability as the last-resort body finder (CLI, background, tests); the content script
 * imports live.ts instead, which leaves Readability out of its bundle.
 */
import type { Article, NotAnArticle } from '../core/types';
import { extractArticle as extractArticleWith, extractLive as extractLiveWith, type ExtractOptions, type LiveArticle } from './extract-article';
import { readabilityBlocks } from './readability-fallback';

export { MIN_ARTICLE_CHARS, type BodyFallback, type ExtractOptions, type LiveArticle } from './extract-article';
export { ADAPTERS, adapterFor } from './adapters/index';
export { registrableDomain } from './outlet';

/** The article of `doc` at `url`, or why it is not one (Readability as the fallback unless `opts.fallback`). */
export function extractArticle(doc: Document, url: string, opts: ExtractOptions = {}): Article | NotAnArticle {
  return extractArticleWith(doc, url, { fallback: readabilityBlocks, ...opts });
}

/** The article of `doc` and each paragraph's element (Readability as the fallback unless `opts.fallback`). */
export function extractLive(doc: Document, url: string, opts: ExtractOptions = {}): LiveArticle | NotAnArticle {
  return extractLiveWith(doc, url, { fallback: readabilityBlocks, ...opts });
}
