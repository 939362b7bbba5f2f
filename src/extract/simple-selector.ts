/**
 * A matcher for the simple selectors adapters and furniture lists use (`aside`, `.cls`, `div.a.b`,
 * `#id`, `[attr]`, `[attr="v"]`, `[attr*="v"]`, `[attr^="v"]`). Checking these by hand is tens of
 * times faster than `Element.matches` in jsdom, which matters on every element of a 5 MB page.
 * Anything else (combinators, pseudo-classes) returns null and the caller uses `matches`.
 */
import { elementsOf } from './elements';
import { MAX_NODES_VISITED } from './limits';

/** What every simple test needs, read from the element once (jsdom's getAttribute is not cheap). */
export interface Facts {
  tag: string;
  /** The class attribute, whitespace normalized, padded with spaces: ` a b `. */
  cls: string;
  rawClass: string;
  id: string | null;
}

export type Test = (el: Element, f: Facts) => boolean;

const SIMPLE = /^([a-zA-Z][\w-]*)?((?:[.#][\w-]+|\[[\w-]+(?:[*^$]?="[^"]*")?\])*)$/;
const PART = /([.#])([\w-]+)|\[([\w-]+)(?:([*^$]?)="([^"]*)")?\]/g;

/** Read the facts of `el` for a round of tests. */
export function factsOf(el: Element): Facts {
  const rawClass = el.getAttribute('class') ?? '';
  return { tag: el.tagName.toUpperCase(), cls: rawClass ? ` ${rawClass.replace(/[\t\n\r\f]/g, ' ')} ` : '', rawClass, id: el.getAttribute('id') };
}

function attrTest(name: string, op: string | undefined, value: string | undefined): Test {
  const get = (el: Element, f: Facts): string | null => (name === 'class' ? (f.rawClass || el.getAttribute('class')) : name === 'id' ? f.id : el.getAttribute(name));
  if (value === undefined) return (el) => el.hasAttribute(name);
  if (op === '*') return (el, f) => (get(el, f) ?? '').includes(value);
  if (op === '^') return (el, f) => (get(el, f) ?? '').startsWith(value);
  if (op === '$') return (el, f) => (get(el, f) ?? '').endsWith(value);
  return (el, f) => get(el, f) === value;
}

const compiled = new Map<string, Test | null>();

/** A predicate for one simple selector, or null when the selector is not simple (compiled once, cached). */
export function compileSimple(selector: string): Test | null {
  let t = compiled.get(selector);
  if (t === undefined) {
    t = compile(selector);
    compiled.set(selector, t);
  }
  return t;
}

function compile(selector: string): Test | null {
  const s = selector.trim();
  const m = SIMPLE.exec(s);
  if (!m) return null;
  const tests: Test[] = [];
  const tag = m[1]?.toUpperCase();
  if (tag) tests.push((_, f) => f.tag === tag);
  for (const p of (m[2] ?? '').matchAll(PART)) {
    const name = p[2]!;
    if (p[1] === '.') tests.push((_, f) => f.cls.includes(` ${name} `));
    else if (p[1] === '#') tests.push((_, f) => f.id === name);
    else tests.push(attrTest(p[3]!, p[4], p[5]));
  }
  if (tests.length === 0) return null;
  return tests.length === 1 ? tests[0]! : (el, f) => tests.every((t) => t(el, f));
}

/** The simple selector's cheapest candidate list: by id, by class, else by tag, else every element. */
// Arrays, not live collections: every property access on a jsdom HTMLCollection goes through a Proxy
// whose named-property lookup scans the whole collection.
function candidates(root: Document | Element, simple: string): Element[] {
  const id = /#([\w-]+)/.exec(simple);
  if (id && 'getElementById' in root) {
    const el = root.getElementById(id[1]!);
    return el ? [el] : [];
  }
  const cls = /\.([\w-]+)/.exec(simple);
  if (cls) return elementsOf(root.getElementsByClassName(cls[1]!));
  const tag = /^[a-zA-Z][\w-]*/.exec(simple);
  if (tag) return elementsOf(root.getElementsByTagName(tag[0]));
  return descendants(root);
}

/**
 * Every element under `root` in document order, for parts with neither class nor tag
 * (`[itemprop="articleBody"]`, `#id` below the top): a hand walk, since linkedom has no
 * `getElementsByTagName('*')`. Bounded like every other walk.
 */
function descendants(root: Document | Element): Element[] {
  const out: Element[] = [];
  const start = 'documentElement' in root ? root.documentElement : root;
  if (!start) return out;
  const walk = (el: Element): void => {
    for (let c = el.firstElementChild; c && out.length < MAX_NODES_VISITED; c = c.nextElementSibling) {
      out.push(c);
      walk(c);
    }
  };
  if (start !== root) out.push(start);
  walk(start);
  return out;
}

/**
 * `root.querySelector(selector)` for simple selectors joined by descendant combinators
 * (`div.col__big div.post-item__text`), by hand; undefined when the selector is not of that form.
 * Searches from the outermost part inwards, so `.article__author a` scans one box, not every link.
 */
export function queryFirstSimple(root: Document | Element, selector: string): Element | null | undefined {
  const parts = selector.trim().split(/\s+/);
  const tests = parts.map((p) => compileSimple(p));
  if (tests.some((t) => t === null)) return undefined;
  return find(root, parts, tests as Test[], 0);
}

function find(root: Document | Element, parts: string[], tests: Test[], at: number): Element | null {
  const list = candidates(root, parts[at]!);
  for (let i = 0; i < list.length; i++) {
    const el = list[i]!;
    if (el === root || !tests[at]!(el, factsOf(el))) continue;
    if (at === parts.length - 1) return el;
    const inner = find(el, parts, tests, at + 1);
    if (inner) return inner;
  }
  return null;
}
