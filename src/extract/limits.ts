/**
 * Bounds on page-side work (ARCHITECTURE.md "all page-side work bounded in time"). A 5 MB page must
 * extract in bounded time, so every walk over the DOM counts what it visits and stops at these caps.
 */

/** Elements visited while collecting a body's blocks, or while scoring a page for the generic path. */
export const MAX_NODES_VISITED = 40_000;
/** Paragraph elements the generic scorer looks at (a real article has dozens, not thousands). */
export const MAX_SCORED_PARAGRAPHS = 3_000;
/** Characters of article text collected; blocks past this are dropped and recorded in `dropped`. */
export const MAX_ARTICLE_CHARS = 100_000;
/** Blocks collected from one body. */
export const MAX_BLOCKS = 400;
/** JSON-LD scripts parsed, and characters of each (a giant JSON-LD blob is skipped, not parsed). */
export const MAX_JSON_LD_SCRIPTS = 20;
export const MAX_JSON_LD_CHARS = 500_000;
/** ClaimReview items kept from one page (a fact-check page reviews one claim, a roundup a few). */
export const MAX_CLAIM_REVIEWS = 20;
