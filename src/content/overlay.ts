/**
 * The fallback highlight sink for browsers without the CSS Custom Highlight API: translucent boxes
 * over each range's client rects, drawn in a shadow root on <html>, re-measured (once per frame at
 * most) on scroll and resize. `pointer-events: none`, so clicks reach the page and hit-testing
 * works as with real highlights.
 */
import type { HighlightGroup, HighlightSink } from './highlight';

const COLORS: Record<HighlightGroup, string> = {
  none: 'rgba(255, 214, 0, 0.32)',
  corroborated: 'rgba(46, 160, 67, 0.22)',
  denied: 'rgba(229, 57, 53, 0.22)',
  active: 'rgba(36, 70, 200, 0.25)',
};
/** Draw order: later groups paint over earlier ones. */
const ORDER: HighlightGroup[] = ['none', 'corroborated', 'denied', 'active'];

/** An overlay sink bound to `doc`; `destroy` (via clear) removes its layer and listeners. */
export function overlaySink(doc: Document): HighlightSink {
  const win = doc.defaultView!;
  const host = doc.createElement('zvirka-overlay');
  host.setAttribute('style', 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; z-index: 2147483645;');
  const layer = doc.createElement('div');
  host.attachShadow({ mode: 'closed' }).append(layer);
  let groups: Record<HighlightGroup, Range[]> | null = null;
  let frame = 0;

  const draw = () => {
    frame = 0;
    layer.replaceChildren();
    if (!groups) return;
    for (const key of ORDER) {
      for (const range of groups[key]) {
        if (!range.startContainer.isConnected) continue;
        for (const r of Array.from(range.getClientRects())) {
          const box = doc.createElement('div');
          box.setAttribute(
            'style',
            `position:absolute;left:${r.left + win.scrollX}px;top:${r.top + win.scrollY}px;width:${r.width}px;height:${r.height}px;background:${COLORS[key]};border-radius:2px;`,
          );
          layer.append(box);
        }
      }
    }
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(draw);
  };
  win.addEventListener('resize', schedule, { passive: true });

  return {
    render(next) {
      groups = next;
      if (!host.isConnected) doc.documentElement.append(host);
      schedule();
    },
    clear() {
      groups = null;
      win.removeEventListener('resize', schedule);
      if (frame) win.cancelAnimationFrame(frame);
      host.remove();
    },
  };
}
