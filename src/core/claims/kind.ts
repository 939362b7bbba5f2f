/**
 * The kind of a claim from its attribution and content. Labelling guideline (test/labelled/claims/README.md):
 * a denial, no-comment or confirmation cue decides; an outlet's report is a report; an attributed
 * claim whose core is a count or amount is a quantity; an attributed one otherwise is a statement
 * (a person or body speaking) or a report (a source named with "за даними"); unattributed is an event.
 */
import type { ClaimKind } from '../types';
import type { Attribution } from './attribution';

/** The claim kind of an attributed (or unattributed) sentence. */
export function kindOf(a: Attribution, hasQuantity: boolean): ClaimKind {
  switch (a.family) {
    case 'no-comment':
      return 'no-comment';
    case 'deny':
      return a.cueNegated ? 'statement' : 'denial';
    case 'confirm':
      return a.cueNegated ? 'statement' : 'confirmation';
    case 'report':
      // "За даними ГУР, … 6 мільйонів снарядів": a count given on someone's data is a quantity.
      if (a.viaPhrase && hasQuantity) return 'quantity';
      if (a.source && !a.speaker) return 'report';
      if (hasQuantity) return 'quantity';
      return a.speaker ? 'statement' : 'report';
    case 'say':
      if (hasQuantity) return 'quantity';
      if (a.speaker) return 'statement';
      return 'report';
    default:
      return a.source ? (hasQuantity ? 'quantity' : 'report') : 'event';
  }
}
