/**
 * The paragraphs of an article body: a read-only walk over the body element in document order that
 * yields block elements (p, headings, list items, quotes, text-only divs) and skips furniture. Each
 * block's text is `visibleText` (dom-text.ts), so the live page can map offsets back to the DOM.
 */
import type { Paragraph } from '../core/types';
import { visibleText } from './dom-text';
import { COMMON_DROP_SELECTORS, furnitureKind } from './furniture';
import { describe, matcher } from './selectors';
import { MAX_ARTICLE_CHARS, MAX_BLOCKS, MAX_NODES_VISITED } from './limits';
import { byTag } from './elements';
import type { TextPattern } from './word-end';

/** A block that is mostly link text (a teaser, a related-news item) is furniture. */
const MAX_LINK_SHARE = 0.9;
/** How many `dropped` notes one body may record (a page of 500 teasers needs no 500 notes). */
const MAX_DROPPED_NOTES = 80;
/** Quoted text in `dropped` notes is cut to this length. */
const NOTE_TEXT_CHARS = 50;

const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'DD', 'PRE']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Containers that become a block themselves when they hold only inline content. */
const TEXT_CONTAINERS = new Set(['DIV', 'SECTION', 'TD']);
const NESTED_BLOCKS = new Set(['P', 'DIV', 'UL', 'OL', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TABLE', 'SECTION', 'ARTICLE', 'FIGURE', 'PRE', 'DL']);

/** Whether `el` holds a block-level element (a hand-written walk: `querySelector` is slow in jsdom). */
function hasNestedBlock(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (NESTED_BLOCKS.has(c.tagName.toUpperCase()) || hasNestedBlock(c)) return true;
  }
  return false;
}

/** Site rules for one body (an adapter's, or none for the generic path). */
export interface BlockRules {
  drop?: string[];
  dropText?: TextPattern[];
  stopAt?: RegExp[];
  /** Selector for blocks, replacing the default block detection. */
  blocks?: string;
  /** Selector for the lead paragraph inside the body. */
  lead?: string[];
  /** The article title: a heading repeating it is not a paragraph. */
  title?: string;
}

/** One collected block: the element and its paragraph fields. */
export interface CollectedBlock {
  el: Element;
  text: string;
  kind: Paragraph['kind'];
}

export interface CollectedBody {
  blocks: CollectedBlock[];
  dropped: string[];
}

function linkShare(el: Element, textLength: number): number {
  let linked = 0;
  for (const a of byTag(el, 'a')) linked += (a.textContent ?? '').trim().length;
  return textLength ? linked / textLength : 0;
}

function kindOf(el: Element, inQuote: boolean, isLead: boolean): Paragraph['kind'] {
  const tag = el.tagName.toUpperCase();
  if (isLead) return 'lead';
  if (tag === 'BLOCKQUOTE' || inQuote) return 'quote';
  if (HEADINGS.has(tag)) return 'h';
  if (tag === 'LI') return 'li';
  return 'p';
}

function makeCollector(body: Element, rules: BlockRules) {
  const out: CollectedBody = { blocks: [], dropped: [] };
  const isDropped = matcher(body, [...COMMON_DROP_SELECTORS, ...(rules.drop ?? [])]);
  const isCustomBlock = rules.blocks ? matcher(body, [rules.blocks]) : undefined;
  const isLead = matcher(body, rules.lead ?? []);
  const title = rules.title?.toLowerCase();
  let visited = 0;
  let chars = 0;
  let stopped = false;

  const note = (s: string): void => {
    if (out.dropped.length < MAX_DROPPED_NOTES) out.dropped.push(s);
  };
  const take = (el: Element, inQuote: boolean): void => {
    const text = visibleText(el);
    if (!text) return;
    // stopAt before furniture: "Вас також можуть зацікавити" ends unian's body, where elsewhere it is one dropped line.
    if (rules.stopAt?.some((re) => re.test(text))) {
      stopped = true;
      return note(`stop: ${text.slice(0, NOTE_TEXT_CHARS)}`);
    }
    const kind = furnitureKind(text, rules.dropText);
    if (kind) return note(`${kind}: ${text.slice(0, NOTE_TEXT_CHARS)}`);
    if (linkShare(el, text.length) >= MAX_LINK_SHARE) return note(`link-only: ${text.slice(0, NOTE_TEXT_CHARS)}`);
    // The page's h1 is its title (subheads are h2 and below), whether or not it repeats the metadata title.
    if (el.tagName.toUpperCase() === 'H1' || (title && HEADINGS.has(el.tagName.toUpperCase()) && text.toLowerCase() === title)) return note('title-repeat');
    if (out.blocks.length >= MAX_BLOCKS || chars + text.length > MAX_ARTICLE_CHARS) {
      stopped = true;
      return note(`limit: text past ${chars} chars / ${out.blocks.length} blocks not collected`);
    }
    chars += text.length;
    out.blocks.push({ el, text, kind: kindOf(el, inQuote, isLead(el)) });
  };
  const visit = (el: Element, inQuote: boolean, isBody = false): void => {
    if (stopped) return;
    if (++visited > MAX_NODES_VISITED) {
      stopped = true;
      return note(`limit: stopped after ${MAX_NODES_VISITED} elements`);
    }
    if (!isBody && isDropped(el)) return note(describe(el));
    const tag = el.tagName.toUpperCase();
    if (isCustomBlock) {
      if (isCustomBlock(el)) return take(el, inQuote);
    } else if (BLOCK_TAGS.has(tag) || TEXT_CONTAINERS.has(tag)) {
      const nested = tag !== 'P' && !HEADINGS.has(tag) && hasNestedBlock(el);
      if (!nested) return take(el, inQuote);
    }
    const quote = inQuote || tag === 'BLOCKQUOTE';
    for (let c = el.firstElementChild; c && !stopped; c = c.nextElementSibling) visit(c, quote);
  };

  return { out, take, visit, isDropped, isStopped: () => stopped };
}

/** Collect the paragraphs of `body`, never modifying it. */
export function collectBlocks(body: Element, rules: BlockRules = {}): CollectedBody {
  const c = makeCollector(body, rules);
  // The body itself is never dropped: the adapter or the scorer chose it (a body classed `…-text-share`
  // would otherwise vanish), and a body that holds only inline text is one block.
  c.visit(body, false, true);
  return c.out;
}

/** Filter already-chosen block elements (the Readability fallback's) through the same furniture rules. */
export function collectListed(elements: Element[], rules: BlockRules = {}): CollectedBody {
  if (elements.length === 0) return { blocks: [], dropped: [] };
  const c = makeCollector(elements[0]!, rules);
  for (const el of elements) {
    if (c.isStopped()) break;
    if (c.isDropped(el)) {
      c.out.dropped.push(describe(el));
      continue;
    }
    c.take(el, el.closest('blockquote') !== null);
  }
  return c.out;
}
