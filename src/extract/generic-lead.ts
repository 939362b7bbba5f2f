/**
 * The lead (standfirst) on the generic path. Outlets print it outside the body container, just before
 * it, and repeat it as the page's description; an element before the first paragraph whose visible
 * text equals `og:description` / `description` is that lead. (On the fixture pages with adapters
 * switched off, the generic path lost exactly these leads and little else.)
 */
import { visibleText } from './dom-text';

/** Leads are a sentence or two. */
const MIN_LEAD_CHARS = 40;
const MAX_LEAD_CHARS = 600;
/** Ancestors of the first paragraph whose earlier siblings are searched, and elements examined in all. */
const MAX_LEVELS = 8;
const MAX_EXAMINED = 300;

function norm(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The element before `firstBlock` (the body's first paragraph) whose text is the page's description, or null. */
export function findGenericLead(firstBlock: Element, description: string | undefined): Element | null {
  if (!description) return null;
  const want = norm(description);
  if (want.length < MIN_LEAD_CHARS || want.length > MAX_LEAD_CHARS) return null;
  // Many pages' description is simply their first paragraph: nothing to add then.
  if (visibleText(firstBlock) === want) return null;
  let examined = 0;
  // Normalizing only changes whitespace, so a normalized text holding `want` holds its longest
  // whitespace-free piece unchanged, and the raw text does too: a native `includes` on the raw text
  // rules out most elements before any normalizing (which was most of extraction time on censor.net).
  const probe = want.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
  // Depth-first over one earlier sibling's subtree; textContent first (cheap), visibleText to confirm.
  const search = (el: Element): Element | null => {
    if (++examined > MAX_EXAMINED) return null;
    const tag = el.tagName.toUpperCase();
    if (tag === 'ASIDE' || tag === 'NAV' || tag === 'FOOTER' || tag === 'SCRIPT' || tag === 'STYLE') return null;
    const raw = el.textContent ?? '';
    if (raw.length < want.length || !raw.includes(probe)) return null;
    const text = norm(raw);
    if (text.length < want.length || !text.includes(want)) return null;
    if (text === want && visibleText(el) === want) return el;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const hit = search(c);
      if (hit) return hit;
    }
    return null;
  };
  let node: Element | null = firstBlock;
  for (let level = 0; node && level < MAX_LEVELS && examined <= MAX_EXAMINED; level++, node = node.parentElement) {
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) {
      const hit = search(s);
      if (hit) return hit;
    }
  }
  return null;
}
