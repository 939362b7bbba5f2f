import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_MS, showNotice } from '../../../src/content/notice';

/** A page whose closed shadow roots the test can still read (the notice keeps its own closed). */
function page() {
  const dom = new JSDOM('<body><p>Стаття.</p></body>');
  const roots: ShadowRoot[] = [];
  const attach = dom.window.Element.prototype.attachShadow;
  dom.window.Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  };
  return { doc: dom.window.document, roots };
}

afterEach(() => vi.useRealTimers());

describe('showNotice', () => {
  it('shows text as text, in a closed shadow root, announced as an alert', () => {
    const { doc, roots } = page();
    const hostile = '<img src=x onerror="alert(1)">\u202Eevil <b>bold</b>';
    showNotice(doc, hostile);
    const host = doc.querySelector('zvirka-notice')!;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull(); // closed: the page cannot reach into it
    const box = roots[0]!.querySelector('[role="alert"]')!;
    expect(box.textContent).toContain(hostile);
    expect(roots[0]!.querySelector('img, b')).toBeNull();
    expect(roots[0]!.querySelector('button')!.getAttribute('aria-label')).toBe('cardClose');
    // Nothing of the page's article was touched.
    expect(doc.body.innerHTML).toBe('<p>Стаття.</p>');
  });

  it('goes on its close button, on its own after a while, and a new notice replaces the last', () => {
    vi.useFakeTimers();
    const { doc, roots } = page();
    showNotice(doc, 'one');
    roots[0]!.querySelector('button')!.dispatchEvent(new doc.defaultView!.MouseEvent('click'));
    expect(doc.querySelector('zvirka-notice')).toBeNull();

    showNotice(doc, 'two');
    showNotice(doc, 'three');
    expect(doc.querySelectorAll('zvirka-notice')).toHaveLength(1);
    expect(roots.at(-1)!.textContent).toContain('three');
    vi.advanceTimersByTime(NOTICE_MS - 1);
    expect(doc.querySelector('zvirka-notice')).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(doc.querySelector('zvirka-notice')).toBeNull();
  });

  it('returns a remover that is safe to call after the notice went', () => {
    const { doc } = page();
    const remove = showNotice(doc, 'x');
    remove();
    remove();
    expect(doc.querySelector('zvirka-notice')).toBeNull();
  });
});
