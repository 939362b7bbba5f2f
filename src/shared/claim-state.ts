/** A claim's state, derived from its links (never stored on its own, so it cannot go stale). */
import type { EvidenceLink } from '../core/types';
import type { ClaimState } from './protocol';

/** Any denial wins, then any corroboration; otherwise the claim has no evidence yet. */
export function stateOf(links: EvidenceLink[]): ClaimState {
  if (links.some((l) => l.stance === 'denies')) return 'denied';
  if (links.some((l) => l.stance === 'corroborates')) return 'corroborated';
  return 'none';
}
