/** Claims as the card and popup show them: entity ids resolved to display names, state from links. */
import type { Claim, EvidenceLink, Lang } from '../core/types';
import type { ClaimState, ClaimView } from '../shared/protocol';

/** Resolves an entity id to a display name in a language. */
export type NameOf = (id: string, lang: Lang) => string | undefined;

/** A claim's state: any denial wins, then any corroboration. */
export function stateOf(links: EvidenceLink[]): ClaimState {
  if (links.some((l) => l.stance === 'denies')) return 'denied';
  if (links.some((l) => l.stance === 'corroborates')) return 'corroborated';
  return 'none';
}

/** The view of one claim. */
export function toView(claim: Claim, links: EvidenceLink[], nameOf: NameOf): ClaimView {
  const name = (id: string | undefined) => (id ? (nameOf(id, claim.lang) ?? id) : undefined);
  return {
    id: claim.id,
    text: claim.text,
    kind: claim.kind,
    speaker: name(claim.speaker),
    source: name(claim.source),
    checkworthiness: claim.checkworthiness,
    state: stateOf(links),
    links,
  };
}
