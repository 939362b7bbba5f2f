/**
 * Hosts the claim card in a closed shadow root attached to <html> (outside the article), so the
 * page's CSS cannot reach it and it cannot break the page's layout. The card is placed beside the
 * claim (below it, or above when there is no room) and never over it: see card-place.ts.
 */
import { h, render } from 'preact';
import type { EvidenceLink } from '../core/types';
import type { ClaimView } from '../shared/protocol';
import type { ReportActions } from '../ui/report-actions';
import { ClaimCard } from '../ui/ClaimCard';
import { shadowCss } from '../ui/styles';
import { placeCard } from './card-place';

/** What the card asks of the page controller. */
export interface CardHooks {
  onClosed(claimId: string): void;
  onStep(direction: 1 | -1): void;
  /** 1-based reading-order position of a claim among `total`. */
  position(claimId: string): { index: number; total: number };
  /** Report actions for a link shown for a claim (absent: no reporting). */
  reportFor?(claim: ClaimView, link: EvidenceLink): ReportActions;
}

export class CardHost {
  private readonly host: HTMLElement;
  private readonly mount: HTMLElement;
  private returnFocus: Element | null = null;
  openClaim: string | null = null;

  constructor(
    private readonly doc: Document,
    private readonly hooks: CardHooks,
  ) {
    this.host = doc.createElement('zvirka-card');
    // Inline styles beat the page's selectors without !important fights over the host element.
    this.host.setAttribute('style', 'all: initial; position: absolute; z-index: 2147483646; display: none;');
    // Closed in production so page scripts cannot read or tamper with the card; open in the test build
    // so end-to-end tests can assert on its contents.
    const shadow = this.host.attachShadow({ mode: __ZVIRKA_TEST__ ? 'open' : 'closed' });
    this.mount = doc.createElement('div');
    this.mount.className = 'zv-root';
    doc.documentElement.append(this.host);
    // The host's font-size is `medium` (all: initial): the reader's default size, whatever the page's root is.
    const style = doc.createElement('style');
    style.textContent = shadowCss(parseFloat(doc.defaultView?.getComputedStyle(this.host).fontSize ?? ''));
    shadow.append(style, this.mount);
  }

  /** Opens the card for `claim` beside `range`. */
  show(claim: ClaimView, range: Range): void {
    if (!this.openClaim) this.returnFocus = this.doc.activeElement;
    this.openClaim = claim.id;
    const { index, total } = this.hooks.position(claim.id);
    const reportFor = this.hooks.reportFor ? (link: EvidenceLink) => this.hooks.reportFor!(claim, link) : undefined;
    render(h(ClaimCard, { claim, index, total, reportFor, onClose: () => this.hide(), onStep: (d) => this.hooks.onStep(d) }), this.mount);
    this.place(range);
  }

  private place(range: Range): void {
    const win = this.doc.defaultView!;
    // Measure the card's natural height (CSS caps it at 70vh) before deciding where it goes.
    this.host.style.removeProperty('--zv-card-max');
    Object.assign(this.host.style, { display: 'block', visibility: 'hidden', top: '0px', left: '0px' });
    const height = this.mount.getBoundingClientRect().height;
    const rects = Array.from(range.getClientRects());
    const view = { width: this.doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight };
    const line = (r: DOMRect) => ({ top: r.top, bottom: r.bottom, left: r.left });
    const first = rects[0] ?? range.getBoundingClientRect();
    const last = rects[rects.length - 1] ?? first;
    const spot = placeCard(line(first), line(last), height, view);
    if (spot.scrollBy !== 0) win.scrollBy({ top: spot.scrollBy, behavior: 'instant' as ScrollBehavior });
    this.host.style.setProperty('--zv-card-width', `${spot.width}px`);
    if (spot.maxHeight !== null) this.host.style.setProperty('--zv-card-max', `${spot.maxHeight}px`);
    Object.assign(this.host.style, {
      visibility: 'visible',
      top: `${spot.top + win.scrollY}px`,
      left: `${spot.left + win.scrollX}px`,
    });
  }

  /** Closes the card and gives focus back to where it was. */
  hide(): void {
    const id = this.openClaim;
    if (!id) return;
    this.openClaim = null;
    render(null, this.mount);
    this.host.style.display = 'none';
    if (this.returnFocus instanceof HTMLElement) this.returnFocus.focus({ preventScroll: true });
    this.hooks.onClosed(id);
  }

  /** Whether an event happened inside the card. */
  contains(target: EventTarget | null): boolean {
    return target === this.host;
  }

  /** Removes the host element. */
  destroy(): void {
    render(null, this.mount);
    this.host.remove();
  }
}
