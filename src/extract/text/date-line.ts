/**
 * A publication date printed somewhere in a line of a text page. Human dates go through the shared
 * parser (../dates.ts, which reads them as Kyiv time); ISO dates ("2026-05-20 17:59") are accepted too.
 */
import { normalizeIsoDate, parseHumanDate } from '../dates';

const ISO_IN_TEXT = /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?/u;

/** A date printed in a line: human ("20 травня 2026, 17:59", "28.02.2025 20:19") or ISO ("2026-05-20 17:59"), as Kyiv time when no offset is given. */
export function dateInLine(text: string): string | undefined {
  const human = parseHumanDate(text);
  if (human) return human;
  const iso = ISO_IN_TEXT.exec(text);
  return iso ? normalizeIsoDate(iso[0], true) : undefined;
}
