/**
 * Safe selector helpers. Adapters and furniture lists are data; a selector that one DOM implementation
 * rejects (jsdom, linkedom and browsers differ at the edges) is left out rather than crashing extraction.
 */
import { compileSimple, factsOf, queryFirstSimple, type Test } from './simple-selector';

const matchers = new Map<string, (el: Element) => boolean>();

/**
 * A predicate "does `el` match any of `selectors`", built once per list and cached; invalid selectors
 * are skipped, and a selector another DOM implementation rejects at match time counts as no match.
 */
export function matcher(probe: Element, selectors: string[]): (el: Element) => boolean {
  const key = selectors.join('\n');
  let m = matchers.get(key);
  if (!m) {
    m = build(probe, selectors);
    matchers.set(key, m);
  }
  return m;
}

function build(probe: Element, selectors: string[]): (el: Element) => boolean {
  const fast: Test[] = [];
  const slow: string[] = [];
  for (const s of selectors) {
    const f = compileSimple(s);
    if (f) fast.push(f);
    else if (valid(probe, s)) slow.push(s);
  }
  const joined = slow.join(', ');
  if (fast.length === 0 && !joined) return () => false;
  return (el) => {
    if (fast.length) {
      const facts = factsOf(el);
      for (const f of fast) if (f(el, facts)) return true;
    }
    if (!joined) return false;
    try {
      return el.matches(joined);
    } catch {
      return false;
    }
  };
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
      const fast = queryFirstSimple(root as Document | Element, s);
      const el = fast === undefined ? root.querySelector(s) : fast;
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
