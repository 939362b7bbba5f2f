/**
 * Claim highlights. Ranges are grouped by state and handed to a sink: the CSS Custom Highlight API
 * where it exists (styles in content.css), else an overlay of boxes in a shadow root (overlay.ts).
 * Neither touches the article's DOM (ARCHITECTURE.md "Non-negotiables").
 */
import type { ClaimState } from '../shared/protocol';

/** Registry names, one per state, plus the claim whose card is open. */
export const HIGHLIGHT_NAMES = {
  denied: 'zvirka-denied',
  corroborated: 'zvirka-corroborated',
  none: 'zvirka-claim',
  active: 'zvirka-active',
} as const;

export type HighlightGroup = keyof typeof HIGHLIGHT_NAMES;

/** Where grouped ranges are drawn. */
export interface HighlightSink {
  render(groups: Record<HighlightGroup, Range[]>): void;
  clear(): void;
}

type Registry = Map<string, unknown>;
type HighlightCtor = new (...ranges: Range[]) => { priority: number };

/** The CSS Custom Highlight API sink, or null where the API is missing. */
export function customHighlightSink(registry: Registry | undefined, Highlight: HighlightCtor | undefined): HighlightSink | null {
  if (!registry || !Highlight) return null;
  return {
    render(groups) {
      for (const key of Object.keys(groups) as HighlightGroup[]) {
        const name = HIGHLIGHT_NAMES[key];
        if (groups[key].length === 0) {
          registry.delete(name);
          continue;
        }
        const h = new Highlight(...groups[key]);
        h.priority = key === 'active' ? 2 : 1;
        registry.set(name, h);
      }
    },
    clear() {
      for (const name of Object.values(HIGHLIGHT_NAMES)) registry.delete(name);
    },
  };
}

/** The claims' ranges and states; draws through its sink on every change. */
export class Highlighter {
  private readonly ranges = new Map<string, { range: Range; state: ClaimState }>();
  private active: string | null = null;

  constructor(private readonly sink: HighlightSink) {}

  /** Sets (or moves) a claim's highlight. */
  set(claimId: string, range: Range, state: ClaimState): void {
    this.setAll([[claimId, range, state]]);
  }

  /** Sets many highlights with one registry update (a page load registers all its claims at once). */
  setAll(items: Iterable<readonly [string, Range, ClaimState]>): void {
    for (const [claimId, range, state] of items) this.ranges.set(claimId, { range, state });
    this.render();
  }

  /** Changes the state of a claim already highlighted (e.g. when evidence arrives). */
  setState(claimId: string, state: ClaimState): void {
    const entry = this.ranges.get(claimId);
    if (!entry || entry.state === state) return;
    entry.state = state;
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

  /** Claim ids in reading (document) order. */
  ordered(): string[] {
    return [...this.ranges.entries()]
      .sort(([, a], [, b]) => a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range))
      .map(([id]) => id);
  }

  /** Drops a claim whose text left the page. */
  delete(claimId: string): void {
    this.ranges.delete(claimId);
    if (this.active === claimId) this.active = null;
    this.render();
  }

  private render(): void {
    const groups: Record<HighlightGroup, Range[]> = { denied: [], corroborated: [], none: [], active: [] };
    for (const [id, { range, state }] of this.ranges) {
      groups[state].push(range);
      if (id === this.active) groups.active.push(range);
    }
    this.sink.render(groups);
  }

  /** Removes every highlight this instance drew. */
  destroy(): void {
    this.ranges.clear();
    this.active = null;
    this.sink.clear();
  }
}
