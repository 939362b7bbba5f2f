/**
 * Each line of a text page as article prose, a short line (headline, subhead, teaser title) or
 * furniture with a reason. On top of the single-line rules (line-furniture.ts) this looks at context:
 * lines repeated all over the page, a line repeated right after itself (related lists print each title
 * twice, seed 001), captions glued under a photo credit, everything after the copyright line, and a
 * headline printed on the same line as the standfirst (seed 002).
 */
import type { TextLine } from './lines';
import { lineFurniture } from './line-furniture';
import { isProse } from './prose';

/** A text seen this many times on one page is a label ("Подробиці", "Вибір редактора"), not article text. */
export const REPEATED_MIN = 3;
/** A headline that the next line repeats as its prefix is at least this long. */
const TITLE_PREFIX_MIN = 15;
/** What remains after the repeated headline must be this long to count as a standfirst. */
const REST_MIN = 20;
/** A caption under a photo credit is at most this long. */
const CAPTION_MAX = 200;

const COPYRIGHT = /(©|\(c\)\s*\d{4}|all rights reserved|(усі|всі) права захищен|все права защищены)/iu;

export type LineKind = 'prose' | 'short' | 'furniture';

/** A line with its kind and, for furniture, why. */
export interface ClassifiedLine extends TextLine {
  kind: LineKind;
  reason?: string;
  /** Set when the line began with the previous line (a headline) and that prefix was cut off. */
  titleRepeat?: string;
}

function splitTitlePrefix(lines: TextLine[]): (TextLine & { titleRepeat?: string })[] {
  return lines.map((cur, i) => {
    const prev = lines[i - 1];
    if (!prev || prev.text.length < TITLE_PREFIX_MIN || isProse(prev.text)) return cur;
    if (!cur.text.startsWith(prev.text + ' ')) return cur;
    const rest = cur.text.slice(prev.text.length + 1);
    if (rest.length < REST_MIN) return cur;
    return { ...cur, text: rest, bare: rest, linkChars: 0, titleRepeat: prev.text };
  });
}

/** Classify the non-blank lines of a page. */
export function classifyLines(input: TextLine[]): ClassifiedLine[] {
  const lines = splitTitlePrefix(input);
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);

  let proseSeen = false;
  let footer = false;
  const out: ClassifiedLine[] = [];
  lines.forEach((line, i) => {
    const prev = out[i - 1];
    const next = lines[i + 1];
    const prose = !line.oversized && isProse(line.text);
    let reason = footer ? 'footer' : lineFurniture(line);
    if (!reason && (counts.get(line.text) ?? 0) >= REPEATED_MIN) reason = 'repeated';
    if (!reason && prev && prev.text === line.text) reason = 'duplicate';
    if (!reason && !prose && next && !next.afterBlank && next.text.length > line.text.length && next.text.startsWith(line.text)) reason = 'duplicate';
    if (!reason && !prose && prev?.reason === 'photo-credit' && !line.afterBlank && line.text.length <= CAPTION_MAX) reason = 'caption';
    if (proseSeen && !footer && COPYRIGHT.test(line.text)) {
      footer = true;
      reason = 'footer';
    }
    if (prose && !reason) proseSeen = true;
    out.push({ ...line, kind: reason ? 'furniture' : prose ? 'prose' : 'short', ...(reason ? { reason } : {}) });
  });
  return out;
}
