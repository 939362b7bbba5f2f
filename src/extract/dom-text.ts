/**
 * The one definition of "the text of a block element", shared by extraction (which reads paragraphs)
 * and anchoring (which maps offsets in that text back to DOM ranges on the live page). Both must
 * agree character for character, or highlights land on the wrong words.
 *
 * Whitespace runs collapse to one space and the ends are trimmed, as a reader sees them. Text inside
 * script/style/template/noscript and elements hidden with the `hidden` attribute is skipped.
 */

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA']);
const BREAK_TAGS = new Set(['BR']);
/**
 * Whitespace is `\s`: space, tab, line breaks, no-break and the Unicode spaces, U+FEFF. Runs of it are
 * found by regex (a test per character was a quarter of extraction time).
 */
const WHITESPACE_RUN = /\s+/g;
/**
 * The whitespace of a text node that collapsing moves offsets at: runs of two or more, and a single
 * one at either end of the node (it may merge with the neighbour's). A single whitespace character
 * between two visible ones becomes one space at the same offset, so the characters around it stay
 * one run of the map.
 */
const BREAKING_WHITESPACE = /\s{2,}|^\s|\s$/g;
/** Whitespace other than the plain space: a segment holding one needs it turned into a space. */
const ODD_WHITESPACE = /[^\S ]/;
const ODD_WHITESPACE_ALL = /[^\S ]/g;

/**
 * A block's visible text and a map back to the text nodes it came from, as runs: characters from
 * `runStarts[k]` up to the next run's start come one to one from `runNodes[k]`, starting at offset
 * `runOffsets[k]`; a null node is the single space standing for a `<br>`. (One entry per run, not per
 * character: anchoring maps a few blocks per page, and a per-character map was most of its time.)
 */
export interface BlockText {
  text: string;
  runStarts: number[];
  runNodes: (Text | null)[];
  runOffsets: number[];
}

function skipped(el: Element): boolean {
  return SKIP_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/** The visible text of `root` with whitespace collapsed and trimmed, and a map back to text nodes. */
export function blockText(root: Element): BlockText {
  const out: BlockText = { text: '', runStarts: [], runNodes: [], runOffsets: [] };
  const parts: string[] = [];
  let length = 0;
  // A collapsed whitespace run waiting for the next visible character (dropped at the end: trim).
  let pending: { node: Text | null; offset: number } | null = null;

  const add = (s: string, node: Text | null, offset: number): void => {
    const k = out.runStarts.length - 1;
    // Characters that continue the last run in the same node extend it.
    const extends_ = k >= 0 && node !== null && out.runNodes[k] === node && out.runOffsets[k]! + (length - out.runStarts[k]!) === offset;
    if (!extends_) {
      out.runStarts.push(length);
      out.runNodes.push(node);
      out.runOffsets.push(offset);
    }
    parts.push(s);
    length += s.length;
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      // Segment by segment between breaking whitespace, not word by word: anchoring is cold code on
      // every page load, and a regex match and a map entry per word were most of its time.
      const t = node as Text;
      const data = t.data;
      const breaks = BREAKING_WHITESPACE;
      breaks.lastIndex = 0;
      let pos = 0;
      for (;;) {
        const m = breaks.exec(data);
        const end = m ? m.index : data.length;
        if (end > pos) {
          if (pending) {
            add(' ', pending.node, pending.offset);
            pending = null;
          }
          const seg = data.slice(pos, end);
          add(ODD_WHITESPACE.test(seg) ? seg.replace(ODD_WHITESPACE_ALL, ' ') : seg, t, pos);
        }
        if (!m) break;
        if (!pending && length > 0) pending = { node: t, offset: m.index };
        pos = m.index + m[0].length;
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (skipped(el)) return;
    if (BREAK_TAGS.has(el.tagName.toUpperCase())) {
      if (!pending && length > 0) pending = { node: null, offset: 0 };
      return;
    }
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
  };

  visit(root);
  out.text = parts.join('');
  return out;
}

/**
 * Exactly `blockText(root).text`, without the map (extraction reads every block's text but anchoring
 * maps only the few blocks that hold claims; building the map was a third of extraction time).
 * The raw text is gathered with `<br>` as a space, then whitespace runs collapse, and `trim` drops the
 * same `\s` set at the ends.
 */
export function visibleText(root: Element): string {
  const parts: string[] = [];
  const visit = (el: Element): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push((c as Text).data);
      else if (c.nodeType === 1 && !skipped(c as Element)) {
        if (BREAK_TAGS.has((c as Element).tagName.toUpperCase())) parts.push(' ');
        else visit(c as Element);
      }
    }
  };
  if (skipped(root)) return '';
  visit(root);
  return parts.join('').replace(WHITESPACE_RUN, ' ').trim();
}

/** A DOM position for a character offset in a block's text. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/**
 * The DOM point at block-text offset `at`; with `end`, the point just after character `at - 1`, so
 * that [pointAt(s), pointAt(e, true)) covers exactly the characters of `text.slice(s, e)`.
 * Null when the offset falls outside the text or on a synthetic space.
 */
export function pointAt(bt: BlockText, at: number, end = false): DomPoint | null {
  const i = end ? at - 1 : at;
  if (!(i >= 0 && i < bt.text.length)) return null;
  // The last run starting at or before i (binary search: runs are in text order).
  let lo = 0;
  let hi = bt.runStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bt.runStarts[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  const node = bt.runNodes[lo];
  if (!node) return null;
  const off = bt.runOffsets[lo]! + (i - bt.runStarts[lo]!);
  return { node, offset: end ? off + 1 : off };
}
