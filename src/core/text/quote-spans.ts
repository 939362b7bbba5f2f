/**
 * Matched quotation spans in a text, so sentence repair can refuse to break inside a quote
 * ("«Ми прийдемо. Ми переможемо», – сказав він."). Guillemets are unambiguous; „ “ ” and straight
 * double quotes are classified as opening or closing by their neighbours. Only matched pairs count:
 * an opener that is never closed (a quote running into the next paragraph) protects nothing.
 */

/** A quote longer than this is more likely a mismatched pair than a real quotation. */
export const MAX_QUOTE_CHARS = 2000;

/** [start, end) of a quotation, quote marks included. */
export interface QuoteSpan {
  start: number;
  end: number;
}

type Role = 'open' | 'close' | null;

const NEWLINE = 10;
/**
 * The characters the pairing looks at: newlines and quote marks. A native regex scan jumps to them
 * (most of a sentence is neither; a char-code loop over every character was ~1.5% of detection).
 */
const MARKS = /[\n\u00AB\u00BB\u201E\u201C\u201D"]/g;

const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/«„:]/u;

function role(text: string, i: number): Role {
  const ch = text[i]!;
  if (ch === '\u00AB' || ch === '\u201E') return 'open';
  if (ch === '\u00BB') return 'close';
  const prev = i > 0 ? text[i - 1]! : ' ';
  const next = i + 1 < text.length ? text[i + 1]! : ' ';
  const prevOpens = OPEN_CONTEXT.test(prev);
  const nextSpace = /\s/.test(next);
  if (ch === '\u201D') return prevOpens && !nextSpace ? 'open' : 'close';
  if (prevOpens && !nextSpace) return 'open';
  if (!/\s/.test(prev)) return 'close';
  return null;
}

function family(ch: string): 'angle' | 'other' {
  return ch === '\u00AB' || ch === '\u00BB' ? 'angle' : 'other';
}

/** The matched quotation spans of `text`, nested ones included, in order of their closing mark. */
export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: { pos: number; fam: 'angle' | 'other' }[] = [];
  MARKS.lastIndex = 0;
  for (let hit = MARKS.exec(text); hit; hit = MARKS.exec(text)) {
    const i = hit.index;
    if (text.charCodeAt(i) === NEWLINE) {
      stack.length = 0; // quotes never pair across paragraphs
      continue;
    }
    const ch = text[i]!;
    const r = role(text, i);
    if (r === 'open') {
      stack.push({ pos: i, fam: family(ch) });
    } else if (r === 'close') {
      const fam = family(ch);
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k]!.fam !== fam) continue;
        const open = stack[k]!.pos;
        stack.length = k; // openers above it were never closed
        if (i + 1 - open <= MAX_QUOTE_CHARS) spans.push({ start: open, end: i + 1 });
        break;
      }
    }
  }
  return spans;
}

/** True when offset `pos` lies strictly inside one of `spans`. */
export function insideQuote(spans: QuoteSpan[], pos: number): boolean {
  for (const s of spans) if (s.start < pos && pos < s.end) return true;
  return false;
}
