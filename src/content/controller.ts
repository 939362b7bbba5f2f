/**
 * Ties the page's claims to the reader's actions: a click on a highlighted claim opens its card,
 * `focusClaim` (from the popup) scrolls to a claim and opens it. `destroy()` removes every listener,
 * observer, highlight and the card, leaving the page exactly as it was (STYLE.md 6).
 */
import { applyReports } from '../core/reports';
import type { EvidenceLink, MismatchReport } from '../core/types';
import type { ClaimView, ReportInput } from '../shared/protocol';
import { REPORT_APPLY_DELAY_MS, type ReportActions } from '../ui/report-actions';
import { stateOf } from '../shared/claim-state';
import type { CardHooks, CardHost } from './card-host';
import type { CardFactory } from './card-loader';
import type { Highlighter } from './highlight';
import { caretAt, claimAt } from './hit-test';
import { t } from '../ui/i18n';

/** Mutations are batched for this long before stale highlights are dropped. */
const PRUNE_DELAY_MS = 150;

/** Where the card's reports go (the background, through the content channel). */
export interface Reporter {
  report(input: ReportInput): Promise<string>;
  comment(id: string, text: string): Promise<void>;
  undo(id: string): Promise<void>;
}

export class PageController {
  /** Links as the background gave them, before this reader's reports of this visit. */
  private readonly original = new Map<string, EvidenceLink[]>();
  /** Reports filed from this page during this visit, by claim. */
  private readonly filed = new Map<string, MismatchReport[]>();

  private readonly onClickBound = (e: MouseEvent) => this.onClick(e);
  private readonly onKeyBound = (e: KeyboardEvent) => this.onKey(e);
  private cardHost: CardHost | null = null;
  /** The claim whose card is asked for while the card's code loads (null: none, or the ask was withdrawn). */
  private wanted: string | null = null;
  private cardLoading = false;
  private destroyed = false;
  private readonly views: Map<string, ClaimView>;

  constructor(
    private readonly doc: Document,
    views: ClaimView[],
    private readonly highlighter: Highlighter,
    private readonly makeCard: CardFactory,
    private readonly reporter?: Reporter,
    private readonly onError: (msg: string, err: unknown) => void = () => {},
    /** Shows the reader a message (notice.ts); returns what takes it down again. */
    private readonly notify: (text: string) => () => void = () => () => {},
  ) {
    this.views = new Map(views.map((v) => [v.id, v]));
    for (const v of views) this.original.set(v.id, v.links);

    // Listeners are removed explicitly in destroy() rather than through an AbortSignal: a signal
    // from this realm is refused by DOM implementations of another (jsdom in tests, Xrays in Firefox).
    doc.addEventListener('click', this.onClickBound, true);
    doc.addEventListener('keydown', this.onKeyBound, true);
    this.observer = new (doc.defaultView!.MutationObserver)(() => this.schedulePrune());
    this.observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  private readonly observer: MutationObserver;

  /** What the card asks of this controller. */
  private cardHooks(): CardHooks {
    return {
      onClosed: () => this.highlighter.setActive(null),
      onStep: (direction) => this.step(direction),
      position: (id) => ({ index: this.highlighter.ordered().indexOf(id) + 1, total: this.highlighter.entries().size }),
      ...(this.reporter ? { reportFor: (claim: ClaimView, link: EvidenceLink) => this.reportActions(claim.id, link) } : {}),
    };
  }

  /** The id of the claim whose card is open, without creating the card. */
  private get openClaim(): string | null {
    return this.cardHost?.openClaim ?? null;
  }

  /** Closes the card, or withdraws the ask for one that is still loading. */
  private closeCard(): void {
    if (this.wanted) {
      this.wanted = null;
      this.highlighter.setActive(null);
    }
    this.cardHost?.hide();
  }

  /**
   * Shows the card of `claimId`, creating the card host on first use (most readers never open a card
   * on most pages, and its code loads only then). While it loads, the latest ask wins and Escape or
   * a click elsewhere withdraws it.
   */
  private showCard(claimId: string, view: ClaimView, range: Range): void {
    if (this.cardHost) {
      this.cardHost.show(view, range);
      return;
    }
    this.wanted = claimId;
    if (this.cardLoading) return;
    this.cardLoading = true;
    let made: CardHost | Promise<CardHost>;
    try {
      made = this.makeCard(this.doc, this.cardHooks());
    } catch (err) {
      this.failedCard(err);
      return;
    }
    if (!(made instanceof Promise)) return this.cardReady(made);
    made.then((host) => this.cardReady(host), (err: unknown) => this.failedCard(err));
  }

  private cardReady(host: CardHost): void {
    this.cardLoading = false;
    if (this.destroyed) return host.destroy();
    this.cardHost = host;
    const id = this.wanted;
    this.wanted = null;
    const view = id ? this.views.get(id) : undefined;
    const entry = id ? this.highlighter.entries().get(id) : undefined;
    if (view && entry?.range.startContainer.isConnected) host.show(view, entry.range);
  }

  /** Takes down the notice this controller showed, if it is still up. */
  private dismissNotice: (() => void) | undefined;

  /** A card that could not load: the ask is withdrawn and the reader told (the next click tries again). */
  private failedCard(err: unknown): void {
    this.cardLoading = false;
    this.onError('could not load the claim card', err);
    this.closeCard();
    if (!this.destroyed) this.dismissNotice = this.notify(t('cardLoadFailed'));
  }
  private pruneTimer: ReturnType<typeof setTimeout> | undefined;

  /** Pages that rewrite their DOM leave ranges pointing at detached or changed text: drop those. */
  private schedulePrune(): void {
    if (this.pruneTimer !== undefined) return;
    this.pruneTimer = setTimeout(() => {
      this.pruneTimer = undefined;
      for (const [id, { range }] of this.highlighter.entries()) {
        const text = range.toString().replace(/\s+/g, ' ').trim();
        const expected = this.views.get(id)?.text.replace(/\s+/g, ' ').trim();
        if (!range.startContainer.isConnected || !range.endContainer.isConnected || text !== expected) {
          if (this.openClaim === id || this.wanted === id) this.closeCard();
          this.highlighter.delete(id);
        }
      }
    }, PRUNE_DELAY_MS);
  }

  private onClick(e: MouseEvent): void {
    // Synthetic clicks from page scripts must not drive the extension's UI (STYLE.md 5).
    if (!e.isTrusted || e.button !== 0) return;
    if (this.cardHost?.contains(e.target)) return;
    const caret = caretAt(this.doc, e.clientX, e.clientY);
    const id = caret ? claimAt(caret, this.highlighter.entries()) : null;
    // A click on a claim that is also a link (the page's own <a>) keeps its default behaviour.
    if (id && !(e.target as Element | null)?.closest?.('a[href]')) this.open(id);
    else this.closeCard();
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && e.isTrusted && (this.openClaim || this.wanted)) this.closeCard();
  }

  /** Opens the card of a claim; false when the claim is not (or no longer) on the page. */
  open(claimId: string): boolean {
    const view = this.views.get(claimId);
    const entry = this.highlighter.entries().get(claimId);
    if (!view || !entry || !entry.range.startContainer.isConnected) return false;
    this.highlighter.setActive(claimId);
    this.showCard(claimId, view, entry.range);
    return true;
  }

  /** Scrolls a claim into view, then opens its card. */
  focus(claimId: string): boolean {
    const entry = this.highlighter.entries().get(claimId);
    if (!entry || !entry.range.startContainer.isConnected) return false;
    const el = entry.range.startContainer.parentElement;
    el?.scrollIntoView?.({ block: 'center', behavior: 'instant' as ScrollBehavior });
    return this.open(claimId);
  }

  /** The claims as shown now (links after reports, states). */
  currentViews(): ClaimView[] {
    return [...this.views.values()];
  }

  /** New evidence for a claim: its view, its highlight state and (when open) its card follow. */
  setLinks(claimId: string, links: EvidenceLink[]): void {
    this.original.set(claimId, links);
    this.refresh(claimId);
  }

  private refresh(claimId: string): void {
    const view = this.views.get(claimId);
    if (!view) return;
    const links = applyReports(this.original.get(claimId) ?? [], this.doc.URL, view.quote, this.filed.get(claimId) ?? []);
    const next = { ...view, links, state: stateOf(links) };
    this.views.set(claimId, next);
    this.highlighter.setState(claimId, next.state);
    const entry = this.highlighter.entries().get(claimId);
    if (this.openClaim === claimId && entry) this.cardHost!.show(next, entry.range);
  }

  /** Report actions for one link of one claim: filed with the background, applied here at once. */
  private reportActions(claimId: string, link: EvidenceLink): ReportActions {
    const reporter = this.reporter!;
    const view = () => this.views.get(claimId)!;
    return {
      report: async (reason) => {
        const input: ReportInput = { claimQuote: view().quote, evidenceUrl: link.url, evidenceSentence: link.sentence, shownStance: link.stance, reason };
        const id = await reporter.report(input);
        const local: MismatchReport = { ...input, id, pageUrl: this.doc.URL, createdAt: '', delivery: 'local' };
        this.filed.set(claimId, [...(this.filed.get(claimId) ?? []), local]);
        // Applied after the form has shown its confirmation, so the reader sees both.
        setTimeout(() => this.refresh(claimId), REPORT_APPLY_DELAY_MS);
        return id;
      },
      comment: (id, text) => reporter.comment(id, text),
      undo: async (id) => {
        await reporter.undo(id);
        this.filed.set(claimId, (this.filed.get(claimId) ?? []).filter((r) => r.id !== id));
        this.refresh(claimId);
      },
    };
  }

  /** Opens the next (1) or previous (-1) claim in reading order, wrapping around; its id, or null. */
  step(direction: 1 | -1): string | null {
    const order = this.highlighter.ordered();
    if (order.length === 0) return null;
    const current = this.openClaim ?? this.wanted;
    const at = current ? order.indexOf(current) : -1;
    const next = at === -1 ? (direction === 1 ? 0 : order.length - 1) : (at + direction + order.length) % order.length;
    const id = order[next]!;
    return this.focus(id) ? id : null;
  }

  /** Whether destroy() ran (the page's analysis stops giving it links then). */
  get isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Removes listeners, the card and every highlight. */
  destroy(): void {
    this.doc.removeEventListener('click', this.onClickBound, true);
    this.doc.removeEventListener('keydown', this.onKeyBound, true);
    this.observer.disconnect();
    clearTimeout(this.pruneTimer);
    this.destroyed = true;
    this.wanted = null;
    this.cardHost?.destroy();
    this.cardHost = null;
    this.dismissNotice?.();
    this.highlighter.destroy();
  }
}
