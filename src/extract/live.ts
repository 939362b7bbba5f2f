/**
 * The content script's extraction entry: extractLive without the Readability fallback, so the
 * content bundle does not carry @mozilla/readability (~10 KB gzipped, ~6 ms to evaluate on every page
 * load in Chromium). Pages where neither an adapter nor our scorer finds a body are not articles here;
 * the background and the CLI (index.ts) still try Readability on fetched pages.
 */
export { extractLive, MIN_ARTICLE_CHARS, type LiveArticle } from './extract-article';
