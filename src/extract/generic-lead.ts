/**
 * The lead (standfirst) on the generic path. Outlets print it outside the body container, in an
 * element named like a lead, and repeat it as the page's description; an element before the body
 * whose visible text equals `og:description` / `description` is that lead. (On the fixture pages with
 * adapters switched off, the generic path lost exactly these leads and little else.)
 */
import { visibleText } from './dom-text';
import { elementsOf } from './elements';

/** Class/id fragments of lead containers across outlets (`a_description`, `article-lead`, `subtitle`, `#lead`). */
const LEAD_CANDIDATES = '[class*="lead"], [class*="descr"], [class*="subtitle"], [class*="intro"], [class*="summary"], [class*="standfirst"], [id="lead"]';
/** Leads are a sentence or two. */
const MIN_LEAD_CHARS = 40;
const MAX_LEAD_CHARS = 600;
/** Candidates examined (the selector is broad; the first few before the body are what matters). */
const MAX_CANDIDATES = 30;

function norm(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The element before `firstBlock` (the body's first paragraph) whose text is the page's description, or null. */
export function findGenericLead(doc: Document, firstBlock: Element, description: string | undefined): Element | null {
  if (!description) return null;
  const want = norm(description);
  if (want.length < MIN_LEAD_CHARS || want.length > MAX_LEAD_CHARS) return null;
  let list: Element[];
  try {
    list = elementsOf(doc.body.querySelectorAll(LEAD_CANDIDATES), MAX_CANDIDATES);
  } catch {
    return null;
  }
  for (const el of list) {
    if (el.contains(firstBlock)) continue;
    // DOCUMENT_POSITION_FOLLOWING (4): the first paragraph comes after the lead.
    if (!(el.compareDocumentPosition(firstBlock) & 4)) continue;
    if (el.closest('aside, nav, footer, header[role="banner"]')) continue;
    if (visibleText(el) === want) return el;
  }
  return null;
}
