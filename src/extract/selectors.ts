/**
 * Safe selector helpers. Adapters and furniture lists are data; a selector that one DOM implementation
 * rejects (jsdom, linkedom and browsers differ at the edges) is left out rather than crashing extraction.
 *
 * Two engines, one answer. In a JS DOM (jsdom for tests and the CLI, linkedom in the worker) simple
 * selectors are matched by hand (simple-selector.ts): their own engines are tens of times slower. In
 * the browser's DOM the native engine is used: the content script extracts once per page load, cold,
 * and there the hand matcher's code costs V8 more to compile and interpret than native matching
 * costs in all (issue #6's main-thread budget). selectors.test.ts holds the hand matcher equal to
 * the DOM's own `querySelector` / `matches` on every fixture page.
 */
import { compileSimple, factsOf, queryFirstSimple, type Test } from './simple-selector';

const matchers = new Map<string, (el: Element) => boolean>();
const NATIVE_CODE = /\{\s*\[native code\]\s*\}\s*$/;

const nativeByDoc = new WeakMap<Document, boolean>();

/** Whether `node`'s DOM is the browser's own (native `querySelector`), not a JS implementation. */
export function hasNativeSelectors(node: Node): boolean {
  const doc = node.ownerDocument ?? (node as Document);
  let native = nativeByDoc.get(doc);
  if (native === undefined) {
    const qs = doc.querySelector as unknown;
    native = typeof qs === 'function' && NATIVE_CODE.test(Function.prototype.toString.call(qs));
    nativeByDoc.set(doc, native);
  }
  return native;
}

/**
 * A predicate "does `el` match any of `selectors`", built once per list and cached; invalid selectors
 * are skipped, and a selector another DOM implementation rejects at match time counts as no match.
 */
export function matcher(probe: Element, selectors: string[]): (el: Element) => boolean {
  const native = hasNativeSelectors(probe);
  const key = `${native ? 'native' : 'hand'}\n${selectors.join('\n')}`;
  let m = matchers.get(key);
  if (!m) {
    m = native ? buildNative(probe, selectors) : build(probe, selectors);
    matchers.set(key, m);
  }
  return m;
}

/**
 * One selector list for the native engine: a single `matches` call per element. The list is tried
 * whole first (one parse); only when the browser rejects it are its selectors checked one by one.
 */
function buildNative(probe: Element, selectors: string[]): (el: Element) => boolean {
  let joined = selectors.join(', ');
  if (joined && !valid(probe, joined)) joined = selectors.filter((s) => valid(probe, s)).join(', ');
  if (!joined) return () => false;
  return (el) => el.matches(joined);
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
  const native = selectors?.length ? hasNativeSelectors(root as Node) : false;
  for (const s of selectors ?? []) {
    try {
      const fast = native ? undefined : queryFirstSimple(root as Document | Element, s);
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
