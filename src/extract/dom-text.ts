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
const WHITESPACE_RUN = /\s+/g;
/** Whitespace as `\s` defines it, by code unit (a regex test per character was a quarter of extraction time). */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** A block's visible text, with, for each character, the text node and offset it came from. */
export interface BlockText {
  text: string;
  /** `nodes[i]` is the text node of character i; null for a space that stands for a `<br>`. */
  nodes: (Text | null)[];
  offsets: number[];
}

function skipped(el: Element): boolean {
  return SKIP_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/** The visible text of `root` with whitespace collapsed and trimmed, and a map back to text nodes. */
export function blockText(root: Element): BlockText {
  const out: BlockText = { text: '', nodes: [], offsets: [] };
  const chars: string[] = [];
  // A collapsed whitespace run waiting for the next visible character (dropped at the end: trim).
  let pending: { node: Text | null; offset: number } | null = null;

  const emit = (ch: string, node: Text | null, offset: number): void => {
    chars.push(ch);
    out.nodes.push(node);
    out.offsets.push(offset);
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const t = node as Text;
      const data = t.data;
      for (let i = 0; i < data.length; i++) {
        if (isSpace(data.charCodeAt(i))) {
          if (!pending && chars.length > 0) pending = { node: t, offset: i };
          continue;
        }
        if (pending) {
          emit(' ', pending.node, pending.offset);
          pending = null;
        }
        emit(data[i]!, t, i);
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (skipped(el)) return;
    if (BREAK_TAGS.has(el.tagName.toUpperCase())) {
      if (!pending && chars.length > 0) pending = { node: null, offset: 0 };
      return;
    }
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
  };

  visit(root);
  out.text = chars.join('');
  return out;
}

/**
 * Exactly `blockText(root).text`, without the per-character map (extraction reads every block's text
 * but anchoring maps only the few blocks that hold claims; the map was a third of extraction time).
 * The raw text is gathered with `<br>` as a space, then whitespace runs collapse: `\s` is the same
 * character set as `isSpace`, and `trim` drops the same set at the ends.
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
  const node = bt.nodes[i];
  if (!node) return null;
  const off = bt.offsets[i]!;
  return { node, offset: end ? off + 1 : off };
}
