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
const DROP_TAGS = new Set(['FIGCAPTION', 'FIGURE', 'TABLE', 'SCRIPT', 'STYLE', 'IFRAME', 'NOSCRIPT', 'TEMPLATE']);
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

/** A block-less fragment's lines: split at <br> and newlines, whitespace collapsed as visibleText does. */
function linesOf(root: Element): string[] {
  const lines = [''];
  const visit = (n: Node): void => {
    if (n.nodeType === 3) {
      const [first = '', ...rest] = (n as Text).data.split('\n');
      lines.push((lines.pop() ?? '') + first, ...rest);
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'BR') lines.push('');
    else if (!DROP_TAGS.has(tag)) for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(root);
  return lines.map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim()).filter((l) => l.length >= MIN_PARAGRAPH_CHARS);
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
  if (!texts.length) for (const text of linesOf(body)) texts.push({ text, kind: 'p' });
  return texts.slice(0, MAX_PARAGRAPHS).map((t, i) => ({ id: `p${i}`, ...t }));
}
