/**
 * Hosts the claim card in a closed shadow root attached to <html> (outside the article), so the
 * page's CSS cannot reach it and it cannot break the page's layout. The card is placed beside the
 * claim (below it, or above when there is no room) and never over it.
 */
import { h, render } from 'preact';
import type { EvidenceLink } from '../core/types';
import type { ClaimView } from '../shared/protocol';
import type { ReportActions } from '../ui/ReportMismatch';
import { ClaimCard } from '../ui/ClaimCard';
import { UI_CSS } from '../ui/styles';

/** Gap between the claim and the card, in CSS pixels. */
const GAP = 8;
/** Assumed card height when deciding above/below before it has rendered. */
const CARD_HEIGHT_GUESS = 320;

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
    const style = doc.createElement('style');
    style.textContent = UI_CSS;
    this.mount = doc.createElement('div');
    this.mount.className = 'zv-root';
    shadow.append(style, this.mount);
    doc.documentElement.append(this.host);
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
    const rects = Array.from(range.getClientRects());
    const first = rects[0] ?? range.getBoundingClientRect();
    const last = rects[rects.length - 1] ?? first;
    const height = this.mount.getBoundingClientRect().height || CARD_HEIGHT_GUESS;
    const below = win.innerHeight - last.bottom >= height + GAP || first.top < height + GAP;
    const top = below ? last.bottom + GAP : first.top - GAP - height;
    const width = Math.min(416, win.innerWidth - 16);
    const left = Math.max(8, Math.min(first.left, win.innerWidth - width - 8));
    Object.assign(this.host.style, {
      display: 'block',
      top: `${top + win.scrollY}px`,
      left: `${left + win.scrollX}px`,
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
