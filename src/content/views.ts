/** Claims as the card and popup show them: entity ids resolved to display names, state from links. */
import type { Claim, EvidenceLink } from '../core/types';
import { stateOf } from '../shared/claim-state';
import type { ClaimView } from '../shared/protocol';

/** Resolves an entity id to a display name. */
export type NameOf = (id: string) => string | undefined;

/** The view of one claim. */
export function toView(claim: Claim, links: EvidenceLink[], nameOf: NameOf): ClaimView {
  const name = (id: string | undefined) => (id ? (nameOf(id) ?? id) : undefined);
  return {
    id: claim.id,
    text: claim.text,
    quote: claim.quote,
    kind: claim.kind,
    speaker: name(claim.speaker),
    source: name(claim.source),
    checkworthiness: claim.checkworthiness,
    state: stateOf(links),
    links,
  };
}
