/** Message keys for claim kinds and states, shared by the card and the popup. */
import type { ClaimKind } from '../core/types';
import type { ClaimState } from '../shared/protocol';

export const KIND_MESSAGE: Record<ClaimKind, string> = {
  statement: 'kindStatement',
  report: 'kindReport',
  denial: 'kindDenial',
  confirmation: 'kindConfirmation',
  quantity: 'kindQuantity',
  event: 'kindEvent',
  'no-comment': 'kindNoComment',
};

export const STATE_MESSAGE: Record<ClaimState, string> = {
  denied: 'stateDenied',
  corroborated: 'stateCorroborated',
  none: 'stateNone',
};
