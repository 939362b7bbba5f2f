/**
 * A matcher for the simple selectors adapters and furniture lists use (`aside`, `.cls`, `div.a.b`,
 * `#id`, `[attr]`, `[attr="v"]`, `[attr*="v"]`, `[attr^="v"]`). Checking these by hand is tens of
 * times faster than `Element.matches` in jsdom, which matters on every element of a 5 MB page.
 * Anything else (combinators, pseudo-classes) returns null and the caller uses `matches`.
 */

type Test = (el: Element) => boolean;

const SIMPLE = /^([a-zA-Z][\w-]*)?((?:[.#][\w-]+|\[[\w-]+(?:[*^$]?="[^"]*")?\])*)$/;
const PART = /([.#])([\w-]+)|\[([\w-]+)(?:([*^$]?)="([^"]*)")?\]/g;

function hasClass(el: Element, cls: string): boolean {
  const c = el.getAttribute('class');
  if (!c) return false;
  return ` ${c.replace(/[\t\n\r\f]/g, ' ')} `.includes(` ${cls} `);
}

function attrTest(name: string, op: string | undefined, value: string | undefined): Test {
  if (value === undefined) return (el) => el.hasAttribute(name);
  if (op === '*') return (el) => (el.getAttribute(name) ?? '').includes(value);
  if (op === '^') return (el) => (el.getAttribute(name) ?? '').startsWith(value);
  if (op === '$') return (el) => (el.getAttribute(name) ?? '').endsWith(value);
  return (el) => el.getAttribute(name) === value;
}

/** A predicate for one simple selector, or null when the selector is not simple. */
export function compileSimple(selector: string): Test | null {
  const s = selector.trim();
  const m = SIMPLE.exec(s);
  if (!m) return null;
  const tests: Test[] = [];
  const tag = m[1]?.toUpperCase();
  if (tag) tests.push((el) => el.tagName.toUpperCase() === tag);
  for (const p of (m[2] ?? '').matchAll(PART)) {
    if (p[1] === '.') tests.push((el) => hasClass(el, p[2]!));
    else if (p[1] === '#') tests.push((el) => el.getAttribute('id') === p[2]);
    else tests.push(attrTest(p[3]!, p[4], p[5]));
  }
  if (tests.length === 0) return null;
  return (el) => tests.every((t) => t(el));
}
