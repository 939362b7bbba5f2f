/**
 * Claim highlights through the CSS Custom Highlight API: ranges are registered by state, and the
 * page's DOM is never touched (ARCHITECTURE.md "Non-negotiables"). Styles for the `::highlight()`
 * names live in content.css. Where the API is missing, nothing is drawn and `supported` says so.
 */
import type { ClaimState } from '../shared/protocol';

/** Registry names, one per state, plus the claim whose card is open. */
export const HIGHLIGHT_NAMES = {
  denied: 'zvirka-denied',
  corroborated: 'zvirka-corroborated',
  none: 'zvirka-claim',
  active: 'zvirka-active',
} as const;

type Registry = Map<string, unknown>;
type HighlightCtor = new (...ranges: Range[]) => { add(r: Range): void; clear(): void; priority: number };

export class Highlighter {
  private readonly ranges = new Map<string, { range: Range; state: ClaimState }>();
  private active: string | null = null;
  readonly supported: boolean;

  constructor(
    private readonly registry: Registry | undefined,
    private readonly Highlight: HighlightCtor | undefined,
  ) {
    this.supported = Boolean(registry && Highlight);
  }

  /** Sets (or moves) a claim's highlight. */
  set(claimId: string, range: Range, state: ClaimState): void {
    this.ranges.set(claimId, { range, state });
    this.render();
  }

  /** Changes the state of claims already highlighted (e.g. when evidence arrives). */
  setState(claimId: string, state: ClaimState): void {
    const entry = this.ranges.get(claimId);
    if (entry) entry.state = state;
    this.render();
  }

  /** Marks the claim whose card is open (null for none). */
  setActive(claimId: string | null): void {
    this.active = claimId;
    this.render();
  }

  /** The highlighted ranges by claim id, for hit-testing. */
  entries(): ReadonlyMap<string, { range: Range; state: ClaimState }> {
    return this.ranges;
  }

  /** Drops a claim whose text left the page. */
  delete(claimId: string): void {
    this.ranges.delete(claimId);
    this.render();
  }

  private render(): void {
    if (!this.registry || !this.Highlight) return;
    const groups: Record<keyof typeof HIGHLIGHT_NAMES, Range[]> = { denied: [], corroborated: [], none: [], active: [] };
    for (const [id, { range, state }] of this.ranges) {
      groups[state].push(range);
      if (id === this.active) groups.active.push(range);
    }
    for (const key of Object.keys(groups) as (keyof typeof HIGHLIGHT_NAMES)[]) {
      const name = HIGHLIGHT_NAMES[key];
      if (groups[key].length === 0) {
        this.registry.delete(name);
        continue;
      }
      const h = new this.Highlight(...groups[key]);
      h.priority = key === 'active' ? 2 : 1;
      this.registry.set(name, h);
    }
  }

  /** Removes every highlight this instance registered. */
  destroy(): void {
    this.ranges.clear();
    this.active = null;
    if (this.registry) for (const name of Object.values(HIGHLIGHT_NAMES)) this.registry.delete(name);
  }
}
