/**
 * Safe selector helpers. Adapters and furniture lists are data; a selector that one DOM implementation
 * rejects (jsdom, linkedom and browsers differ at the edges) is left out rather than crashing extraction.
 */
import { compileSimple } from './simple-selector';

/** A predicate "does `el` match any of `selectors`", built once; invalid selectors are skipped. */
export function matcher(probe: Element, selectors: string[]): (el: Element) => boolean {
  const fast: ((el: Element) => boolean)[] = [];
  const slow: string[] = [];
  for (const s of selectors) {
    const f = compileSimple(s);
    if (f) fast.push(f);
    else if (valid(probe, s)) slow.push(s);
  }
  const joined = slow.join(', ');
  if (fast.length === 0 && !joined) return () => false;
  return (el) => fast.some((f) => f(el)) || (joined !== '' && el.matches(joined));
}

function valid(probe: Element, selector: string): boolean {
  try {
    probe.matches(selector);
    return true;
  } catch {
    return false;
  }
}

/** The first element matching any selector in order (order matters: adapters list the best first). */
export function firstMatch(root: ParentNode, selectors: string[] | undefined): Element | null {
  for (const s of selectors ?? []) {
    try {
      const el = root.querySelector(s);
      if (el) return el;
    } catch {
      // An invalid selector in an adapter: try the next one.
    }
  }
  return null;
}

/** A short description of an element for `Article.dropped`: `div.post-item__tags`, `aside#promo`. */
export function describe(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  if (cls) return `${tag}.${cls}`;
  const id = el.getAttribute('id');
  return id ? `${tag}#${id}` : tag;
}
