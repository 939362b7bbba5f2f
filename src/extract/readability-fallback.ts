/**
 * The generic path's last resort: @mozilla/readability on a clone of the document (it mutates what it
 * parses), used only when our own scorer finds no body. Its output lives in the clone, so each of its
 * blocks is matched back, by text, to the original element the live page can highlight.
 */
import { Readability } from '@mozilla/readability';
import { visibleText } from './dom-text';
import { MAX_NODES_VISITED } from './limits';
import { elementsOf } from './elements';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre';
const ORIGINAL_CANDIDATES = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, div, td, section, dd';
const FURNITURE_CONTAINERS = 'aside, nav, footer, figure, header';
/** Readability's own element budget (its `maxElemsToParse`), so the fallback is bounded too. */
const READABILITY_MAX_ELEMS = MAX_NODES_VISITED;

function quick(el: Element): string {
  return (el.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Original elements whose visible text equals Readability's blocks, in order; [] when Readability fails. */
export function readabilityBlocks(doc: Document): { elements: Element[]; notes: string[] } {
  const notes: string[] = [];
  let content: Element | null | undefined;
  try {
    const clone = doc.cloneNode(true) as Document;
    const parsed = new Readability<Element>(clone, {
      maxElemsToParse: READABILITY_MAX_ELEMS,
      serializer: (node) => node as Element,
    }).parse();
    content = parsed?.content;
  } catch (e) {
    notes.push(`readability: ${(e as Error).message.slice(0, 80)}`);
  }
  if (!content || !doc.body) return { elements: [], notes };

  const wanted: string[] = [];
  for (const b of elementsOf(content.querySelectorAll(BLOCKS))) {
    if (b.querySelector(BLOCKS)) continue; // a list or quote holding paragraphs: its inner blocks count
    const t = visibleText(b);
    if (t) wanted.push(t);
  }
  const pending = new Map<string, number>();
  for (const t of wanted) pending.set(t, (pending.get(t) ?? 0) + 1);
  const found = new Map<string, Element[]>();
  const candidates = doc.body.querySelectorAll(ORIGINAL_CANDIDATES);
  const n = Math.min(candidates.length, MAX_NODES_VISITED);
  for (let i = 0; i < n && pending.size > 0; i++) {
    const el = candidates[i]!;
    // A wrapper holding the block has the same text; the innermost element is the block.
    if (el.querySelector(ORIGINAL_CANDIDATES)) continue;
    const q = quick(el);
    // textContent differs from visible text only where a <br> or a hidden element sits; check both.
    if (!pending.has(q) && !(q.length >= 1 && el.querySelector('br, script, style, [hidden]'))) continue;
    const t = visibleText(el);
    const left = pending.get(t);
    if (!left) continue;
    (found.get(t) ?? found.set(t, []).get(t)!).push(el);
    if (left === 1) pending.delete(t);
    else pending.set(t, left - 1);
  }
  const elements: Element[] = [];
  const used = new Map<string, number>();
  for (const t of wanted) {
    const i = used.get(t) ?? 0;
    const el = found.get(t)?.[i];
    used.set(t, i + 1);
    // Readability keeps what it scores; page furniture containers never hold article text.
    if (el && !el.parentElement?.closest(FURNITURE_CONTAINERS)) elements.push(el);
    else if (el) notes.push(`readability: block inside page furniture dropped: ${t.slice(0, 40)}`);
    else notes.push(`readability: block not found on the page: ${t.slice(0, 40)}`);
  }
  return { elements, notes };
}
