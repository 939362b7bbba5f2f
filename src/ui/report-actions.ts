/**
 * What "report mismatch" asks of whoever hosts it (the claim card, the popup), without the form
 * itself: the content script imports this, and must not carry Preact until a card is opened.
 */
import type { ReportReason } from '../core/types';

/** How long the "reported" confirmation shows before the card or popup applies the report. */
export const REPORT_APPLY_DELAY_MS = 1500;

export interface ReportActions {
  /** Files the report; resolves to its id. */
  report(reason: ReportReason): Promise<string>;
  comment(id: string, text: string): Promise<void>;
  undo(id: string): Promise<void>;
}
