/**
 * A feed item's HTML (content:encoded, Atom content) → paragraphs. Feed HTML is a bare fragment
 * without the outlet's page furniture, so the innermost block elements are the paragraphs; a
 * fragment with no blocks (plain text with <br>s) is split on line breaks. Text is read with the
 * extractor's visibleText, the one definition of a block's text. Remote text stays data: it is
 * parsed by linkedom (no scripts run, nothing rendered) and only text leaves this module.
 */
import { parseHTML } from 'linkedom';
import type { Paragraph } from '../../core/types';
import { visibleText } from '../../extract/dom-text';

const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'DIV', 'FIGCAPTION', 'FIGURE', 'TABLE', 'UL', 'OL', 'SECTION', 'ARTICLE']);
/** Blocks that are never article text in feed HTML. */
const DROP_TAGS = new Set(['FIGCAPTION', 'FIGURE', 'TABLE', 'SCRIPT', 'STYLE', 'IFRAME']);
/** Paragraphs shorter than this (after trimming) are furniture: "Фото: …", share labels. */
const MIN_PARAGRAPH_CHARS = 2;
/** Feed items beyond this many paragraphs are cut (a feed item is one article). */
const MAX_PARAGRAPHS = 400;

function kindOf(tag: string): Paragraph['kind'] {
  if (/^H\d$/.test(tag)) return 'h';
  if (tag === 'LI') return 'li';
  if (tag === 'BLOCKQUOTE') return 'quote';
  return 'p';
}

function hasBlockChild(el: Element): boolean {
  for (const c of Array.from(el.children)) {
    if (BLOCK_TAGS.has(c.tagName.toUpperCase())) return true;
  }
  return false;
}

/** Paragraphs of an HTML fragment, in reading order. */
export function collectBlocksFromHtml(html: string): Paragraph[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const body = document.body as unknown as Element;
  const texts: { text: string; kind: Paragraph['kind'] }[] = [];
  const walk = (el: Element): void => {
    for (const c of Array.from(el.children)) {
      const tag = c.tagName.toUpperCase();
      if (DROP_TAGS.has(tag)) continue;
      if (BLOCK_TAGS.has(tag) && !hasBlockChild(c)) {
        const text = visibleText(c);
        if (text.length >= MIN_PARAGRAPH_CHARS) texts.push({ text, kind: kindOf(tag) });
      } else if (BLOCK_TAGS.has(tag)) walk(c);
    }
  };
  walk(body);
  if (!texts.length) {
    // No block elements: split the fragment's text on <br> and blank lines.
    const raw = (html.includes('<') ? body.innerHTML.replace(/<br\s*\/?>/gi, '\n') : html)
      .split(/\n\s*\n|\n/)
      .map((s) => visibleText(parseHTML(`<html><body><p>${s}</p></body></html>`).document.body as unknown as Element))
      .filter((s) => s.length >= MIN_PARAGRAPH_CHARS);
    for (const text of raw) texts.push({ text, kind: 'p' });
  }
  return texts.slice(0, MAX_PARAGRAPHS).map((t, i) => ({ id: `p${i}`, ...t }));
}
