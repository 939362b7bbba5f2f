import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { CardHost } from '../../../src/content/card-host';
import { lazyCardFactory, registerCardHost, type CardFactory } from '../../../src/content/card-loader';
import { PageController } from '../../../src/content/controller';
import { Highlighter, customHighlightSink } from '../../../src/content/highlight';
import { overlaySink } from '../../../src/content/overlay';
import type { ClaimView } from '../../../src/shared/protocol';

const view = (id: string, text: string): ClaimView => ({ id, text, quote: { exact: text, prefix: '', suffix: '' }, kind: 'statement', checkworthiness: 0.9, state: 'none', links: [] });

/** The card's code already loaded: the host is made at once. */
const loaded: CardFactory = (doc, hooks) => new CardHost(doc, hooks);

function page(cards: CardFactory = loaded, onError?: (msg: string) => void, notify?: (text: string) => () => void) {
  const dom = new JSDOM(
    '<article><p id="a">Рютте утримався від коментарів.</p><p id="b">Китай спростував публікацію Reuters.</p><p id="c">Кремль не коментує.</p></article>',
    { pretendToBeVisual: true },
  );
  const doc = dom.window.document;
  // jsdom does no layout and has no Range geometry; the card only needs zero-sized rects here.
  const empty = () => ({ left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 }) as DOMRect;
  dom.window.Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  dom.window.Range.prototype.getBoundingClientRect = empty;
  // Preact creates the card's elements through the global document, as in the content script.
  (globalThis as { document?: Document }).document = doc;
  const rangeOf = (id: string) => {
    const r = doc.createRange();
    r.selectNodeContents(doc.getElementById(id)!.firstChild!);
    return r;
  };
  const registry = new Map<string, unknown>();
  const highlighter = new Highlighter(customHighlightSink(registry, class extends Set<Range> { priority = 0; constructor(...r: Range[]) { super(r); } } as never)!);
  // Inserted out of reading order on purpose.
  for (const [id, el] of [['c2', 'c'], ['c0', 'a'], ['c1', 'b']] as const) highlighter.set(id, rangeOf(el), 'none');
  const views = [view('c0', 'Рютте утримався від коментарів.'), view('c1', 'Китай спростував публікацію Reuters.'), view('c2', 'Кремль не коментує.')];
  return { dom, doc, registry, highlighter, controller: new PageController(doc, views, highlighter, cards, undefined, onError, notify) };
}

describe('PageController', () => {
  let current: ReturnType<typeof page> | undefined;
  afterEach(() => current?.controller.destroy());

  it('walks claims in reading order with wrap-around, opening each card', () => {
    current = page();
    const { controller, doc } = current;
    expect(controller.step(1)).toBe('c0');
    expect(controller.step(1)).toBe('c1');
    expect(controller.step(1)).toBe('c2');
    expect(controller.step(1)).toBe('c0');
    expect(controller.step(-1)).toBe('c2');
    const host = doc.querySelector('zvirka-card') as HTMLElement;
    expect(host.style.display).toBe('block');
  });

  it('refuses to open a claim that is not on the page', () => {
    current = page();
    expect(current.controller.focus('nope')).toBe(false);
  });

  it('leaves the page as it found it after destroy', () => {
    current = page();
    const { controller, doc, registry } = current;
    const before = doc.querySelector('article')!.outerHTML;
    controller.step(1);
    controller.destroy();
    current = undefined;
    expect(doc.querySelector('zvirka-card')).toBeNull();
    expect(registry.size).toBe(0);
    expect(doc.querySelector('article')!.outerHTML).toBe(before);
  });

  it("loads the card's code on the first open only, and shows the latest claim asked for meanwhile", async () => {
    const made: CardHost[] = [];
    class Recorded extends CardHost {
      constructor(doc: Document, hooks: ConstructorParameters<typeof CardHost>[1]) {
        super(doc, hooks);
        made.push(this);
      }
    }
    let injections = 0;
    let finish!: () => void;
    const cards = lazyCardFactory(() => {
      injections++;
      // What card.js does when it runs in the content script's world.
      return new Promise<void>((resolve) => (finish = () => (registerCardHost(Recorded), resolve())));
    });
    current = page(cards);
    const { controller, doc } = current;
    try {
      expect(controller.step(1)).toBe('c0');
      expect(doc.querySelector('zvirka-card')).toBeNull();
      // The reader moves on while the card loads: the walk goes on from the claim asked for.
      expect(controller.step(1)).toBe('c1');
      finish();
      await new Promise((r) => setTimeout(r, 0));
      expect(made).toHaveLength(1);
      expect(made[0]!.openClaim).toBe('c1');
      expect((doc.querySelector('zvirka-card') as HTMLElement).style.display).toBe('block');
      // Loaded now: the next open is immediate, with the same host.
      expect(controller.step(1)).toBe('c2');
      expect(made[0]!.openClaim).toBe('c2');
      expect(made).toHaveLength(1);
      expect(injections).toBe(1);
    } finally {
      delete (globalThis as Record<string, unknown>)['__zvirkaCardHost'];
    }
  });

  it('tells the reader when a load failed, retries it, and leaves no card or notice behind when destroyed', async () => {
    let attempts = 0;
    const errors: string[] = [];
    const notices: string[] = [];
    let taken = 0;
    const cards = lazyCardFactory(async () => {
      if (++attempts === 1) throw new Error('no such tab');
      registerCardHost(CardHost);
    });
    const { doc, controller, registry } = page(cards, (msg) => errors.push(msg), (text) => {
      notices.push(text);
      return () => taken++;
    });
    try {
      controller.step(1);
      await new Promise((r) => setTimeout(r, 0));
      expect(errors).toEqual(['could not load the claim card']);
      // The message key (no extension i18n in node): the reader is told, and the claim is no longer marked active.
      expect(notices).toEqual(['cardLoadFailed']);
      expect(registry.has('zvirka-active')).toBe(false);
      expect(doc.querySelector('zvirka-card')).toBeNull();
      controller.step(1);
      controller.destroy();
      await new Promise((r) => setTimeout(r, 0));
      expect(attempts).toBe(2);
      expect(doc.querySelector('zvirka-card')).toBeNull();
      expect(notices).toHaveLength(1);
      expect(taken).toBe(1);
    } finally {
      delete (globalThis as Record<string, unknown>)['__zvirkaCardHost'];
    }
  });

  it('drops highlights whose text the page rewrote', async () => {
    current = page();
    const { doc, highlighter } = current;
    doc.getElementById('b')!.textContent = 'Інший текст.';
    await new Promise((r) => setTimeout(r, 300));
    expect([...highlighter.entries().keys()].sort()).toEqual(['c0', 'c2']);
  });
});

describe('overlay fallback', () => {
  it('draws boxes for each client rect in a layer outside the article, and removes it on clear', async () => {
    const dom = new JSDOM('<p id="a">Китай спростував публікацію Reuters.</p>', { pretendToBeVisual: true });
    const doc = dom.window.document;
    const range = doc.createRange();
    range.selectNodeContents(doc.getElementById('a')!);
    // jsdom does no layout: give the range two line boxes.
    range.getClientRects = () => [{ left: 10, top: 20, width: 100, height: 18 }, { left: 10, top: 40, width: 50, height: 18 }] as unknown as DOMRectList;
    const sink = overlaySink(doc);
    const h = new Highlighter(sink);
    h.set('c0', range, 'denied');
    await new Promise((r) => dom.window.requestAnimationFrame(r));
    const host = doc.querySelector('zvirka-overlay');
    expect(host).not.toBeNull();
    expect(doc.getElementById('a')!.outerHTML).toBe('<p id="a">Китай спростував публікацію Reuters.</p>');
    h.destroy();
    expect(doc.querySelector('zvirka-overlay')).toBeNull();
  });
});
