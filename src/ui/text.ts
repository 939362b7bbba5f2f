/** Display helpers for remote text: always rendered as text nodes, never as markup. */

// Bidi embedding/override/isolate controls can reorder what the reader sees (CVE-2021-42574 style
// spoofing); they are removed from remote text before display.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
// C0/C1 controls other than tab/newline have no business in a sentence.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Remote text made safe to show: controls removed, whitespace collapsed, length capped. */
export function displayText(s: string | undefined, max = 600): string {
  if (!s) return '';
  const clean = s.replace(BIDI_CONTROLS, '').replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** The message of something thrown, for display. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A date as the reader's locale writes it ("20 травня 2026"), or '' when missing or invalid. */
export function displayDate(iso: string | undefined, locale: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return d.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
}
