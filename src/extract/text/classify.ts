/**
 * Each line of a text page as article prose, a short line (headline, subhead, teaser title) or
 * furniture with a reason. On top of the single-line rules (line-furniture.ts) this looks at context:
 * lines repeated all over the page, a line repeated right after itself (related lists print each title
 * twice, seed 001), captions glued under a photo credit, everything after the copyright line, and a
 * headline printed on the same line as the standfirst (seed 002).
 */
import type { TextLine } from './lines';
import { lineFurniture } from './line-furniture';
import { isProse, wordCount } from './prose';

/** A text seen this many times on one page is a label ("Подробиці", "Вибір редактора"), not article text. */
export const REPEATED_MIN = 3;
/** A headline that the next line repeats as its prefix is at least this long. */
const TITLE_PREFIX_MIN = 15;
/** What remains after the repeated headline must be this long to count as a standfirst. */
const REST_MIN = 20;
/** A caption under a photo credit is at most this long. */
const CAPTION_MAX = 200;

/** A headline may end with "?" or "!" and still be a headline when the page repeats it or a byline follows. */
const MAX_HEADLINE_CHARS = 200;
// A bulleted or numbered list item (markdown-style dumps print `- `, `* `, `• `, `1. `).
const LIST_ITEM = /^([-–—•*·▪]|\d{1,2}[.)])\s+\S/u;
const MIN_LIST_ITEM_WORDS = 2;
const COPYRIGHT = /(©|\(c\)\s*\d{4}|all rights reserved|(усі|всі) права захищен|все права защищены)/iu;

/** `li`: a list item that is not itself a sentence; `short`: a headline, subhead, label or teaser title. */
export type LineKind = 'prose' | 'short' | 'li' | 'furniture';

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
    let reason = footer ? 'footer' : lineFurniture(line, prose);
    if (!reason && (counts.get(line.text) ?? 0) >= REPEATED_MIN) reason = 'repeated';
    if (!reason && prev && prev.text === line.text) reason = 'duplicate';
    if (!reason && !prose && next && !next.afterBlank && next.text.length > line.text.length && next.text.startsWith(line.text)) reason = 'duplicate';
    if (!reason && !prose && prev?.reason === 'photo-credit' && !line.afterBlank && line.text.length <= CAPTION_MAX) reason = 'caption';
    if (proseSeen && !footer && COPYRIGHT.test(line.text)) {
      footer = true;
      reason = 'footer';
    }
    if (prose && !reason) proseSeen = true;
    const li = !prose && LIST_ITEM.test(line.text) && wordCount(line.text) > MIN_LIST_ITEM_WORDS;
    out.push({ ...line, kind: reason ? 'furniture' : prose ? 'prose' : li ? 'li' : 'short', ...(reason ? { reason } : {}) });
  });
  demoteHeadlineQuestions(out, counts);
  return out;
}

/**
 * "Що буде з цінами на газ?" ends like a sentence but is a headline when the page prints it again or a
 * byline or date follows it: such lines become short lines, so that the body does not start with them.
 */
function demoteHeadlineQuestions(lines: ClassifiedLine[], counts: Map<string, number>): void {
  const repeatedAsPrefix = new Set(lines.map((l) => l.titleRepeat).filter((t): t is string => !!t));
  lines.forEach((l, i) => {
    if (l.kind !== 'prose' || l.text.length > MAX_HEADLINE_CHARS || !/[?!][)\]"'»“”’]*$/u.test(l.text)) return;
    if (/[.!?…]\s/u.test(l.text)) return;
    const next = lines[i + 1];
    const repeated = (counts.get(l.text) ?? 0) >= 2 || repeatedAsPrefix.has(l.text);
    if (repeated || next?.reason === 'byline' || next?.reason === 'date') l.kind = 'short';
  });
}
