import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES, Highlighter } from '../../../src/content/highlight';
import { claimAt } from '../../../src/content/hit-test';

/** A stand-in for the browser's Highlight: a set of ranges, as the spec defines it. */
class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

describe('Highlighter', () => {
  const doc = new JSDOM('<p id="a">Китай спростував публікацію Reuters.</p><p id="b">Рютте утримався від коментарів.</p>').window.document;
  const rangeOf = (id: string) => {
    const r = doc.createRange();
    r.selectNodeContents(doc.getElementById(id)!.firstChild!);
    return r;
  };

  it('registers ranges under one name per state and moves claims between states', () => {
    const registry = new Map<string, unknown>();
    const h = new Highlighter(registry, FakeHighlight as never);
    h.set('c0', rangeOf('a'), 'none');
    h.set('c1', rangeOf('b'), 'none');
    expect((registry.get(HIGHLIGHT_NAMES.none) as FakeHighlight).size).toBe(2);
    h.setState('c0', 'denied');
    expect((registry.get(HIGHLIGHT_NAMES.denied) as FakeHighlight).size).toBe(1);
    expect((registry.get(HIGHLIGHT_NAMES.none) as FakeHighlight).size).toBe(1);
    h.setActive('c1');
    expect((registry.get(HIGHLIGHT_NAMES.active) as FakeHighlight).priority).toBe(2);
  });

  it('leaves the registry as it found it after destroy, including other owners’ highlights', () => {
    const registry = new Map<string, unknown>([['page-own', new FakeHighlight()]]);
    const h = new Highlighter(registry, FakeHighlight as never);
    h.set('c0', rangeOf('a'), 'corroborated');
    h.setActive('c0');
    h.destroy();
    expect([...registry.keys()]).toEqual(['page-own']);
  });

  it('is inert where the Custom Highlight API is missing', () => {
    const h = new Highlighter(undefined, undefined);
    h.set('c0', rangeOf('a'), 'none');
    expect(h.supported).toBe(false);
    expect(h.entries().size).toBe(1);
  });

  it('hit-tests a caret position to the claim whose range contains it', () => {
    const h = new Highlighter(new Map(), FakeHighlight as never);
    h.set('c0', rangeOf('a'), 'none');
    h.set('c1', rangeOf('b'), 'none');
    const textB = doc.getElementById('b')!.firstChild!;
    expect(claimAt({ node: textB, offset: 3 }, h.entries())).toBe('c1');
    expect(claimAt({ node: doc.body, offset: 0 }, h.entries())).toBeNull();
  });
});
