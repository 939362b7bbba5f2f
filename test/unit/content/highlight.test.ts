import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES, Highlighter, customHighlightSink } from '../../../src/content/highlight';
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
    const h = new Highlighter(customHighlightSink(registry, FakeHighlight as never)!);
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
    const h = new Highlighter(customHighlightSink(registry, FakeHighlight as never)!);
    h.set('c0', rangeOf('a'), 'corroborated');
    h.setActive('c0');
    h.destroy();
    expect([...registry.keys()]).toEqual(['page-own']);
  });

  it('has no Custom Highlight sink where the API is missing', () => {
    expect(customHighlightSink(undefined, undefined)).toBeNull();
    expect(customHighlightSink(new Map(), undefined)).toBeNull();
  });

  it('orders claims by their place in the document, not by insertion', () => {
    const h = new Highlighter(customHighlightSink(new Map(), FakeHighlight as never)!);
    h.set('second', rangeOf('b'), 'none');
    h.set('first', rangeOf('a'), 'none');
    expect(h.ordered()).toEqual(['first', 'second']);
  });

  it('hit-tests a caret position to the claim whose range contains it', () => {
    const h = new Highlighter(customHighlightSink(new Map(), FakeHighlight as never)!);
    h.set('c0', rangeOf('a'), 'none');
    h.set('c1', rangeOf('b'), 'none');
    const textB = doc.getElementById('b')!.firstChild!;
    expect(claimAt({ node: textB, offset: 3 }, h.entries())).toBe('c1');
    expect(claimAt({ node: doc.body, offset: 0 }, h.entries())).toBeNull();
  });
});
