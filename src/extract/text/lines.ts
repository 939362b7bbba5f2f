/**
 * Plain-text pages (text dumps of whole news pages, as in test/fixtures/seeds/) as lines: control
 * characters removed, whitespace collapsed, markdown-style links (`[text](href)`, `<https://…>`) turned
 * into their text with the real hrefs kept aside. Every later step of text mode works on these lines.
 */

/** A line longer than this is not a paragraph of prose (minified junk, a base64 blob): it is skipped unparsed. */
export const MAX_LINE_CHARS = 20_000;
/** Non-blank lines read from one page (a real page dump has hundreds); the rest is ignored. */
export const MAX_LINES = 10_000;
/** Inline-link parts longer than this are not links (bounds the regex on hostile input). */
const MAX_LINK_TEXT = 500;
const MAX_HREF = 2_000;

/** A link found in a line, with an absolute http(s) href. */
export interface LineLink {
  text: string;
  href: string;
}

/** One non-blank line of the page. */
export interface TextLine {
  /** 0-based line number in the normalized input. */
  index: number;
  /** The text as a reader sees it: link markup replaced by link text, whitespace collapsed. */
  text: string;
  /** Links with a real (http/https) href, in order. */
  links: LineLink[];
  /** Characters of `text` that are link text (for link-only and link-heavy lines). */
  linkChars: number;
  /** The text outside links (what remains when every link is removed), collapsed. */
  bare: string;
  /** True when a blank line separates this line from the previous non-blank one (or it is the first). */
  afterBlank: boolean;
  /** True when the raw line exceeded MAX_LINE_CHARS and was not parsed. */
  oversized: boolean;
}

// C0 and C1 controls except tab and newline, plus zero-width space and BOM. Zero-width joiners stay:
// emoji sequences need them.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\ufeff]/g;
const SPACES = /[\s\u00a0]+/g;
// Hrefs may hold one level of balanced parentheses (`/wiki/Foo_(bar)`); the two alternatives start with
// different characters, so matching stays linear.
const INLINE_LINK = new RegExp(
  `\\[([^\\[\\]\\n]{0,${MAX_LINK_TEXT}})\\]\\(((?:[^()\\s]|\\([^()\\s]{0,${MAX_LINK_TEXT}}\\)){0,${MAX_HREF}})\\)|<(https?://[^\\s<>]{1,${MAX_HREF}})>`,
  'g',
);

/** Input with line breaks unified and control characters removed. */
export function normalizeInput(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}

/** An absolute http(s) URL for `href` (resolved against `base`), or undefined for `#`, `javascript:`, junk. */
export function httpHref(href: string, base?: string): string | undefined {
  if (!href || href.startsWith('#')) return undefined;
  try {
    const u = base ? new URL(href, base) : new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A raw line's reader text and links. */
export function parseInline(raw: string, base?: string): { text: string; links: LineLink[]; linkChars: number; bare: string } {
  const links: LineLink[] = [];
  let linkChars = 0;
  const text = raw
    .replace(INLINE_LINK, (_m, label: string | undefined, href: string | undefined, auto: string | undefined) => {
      const shown = (auto ?? label ?? '').replace(SPACES, ' ').trim();
      const target = httpHref(auto ?? href ?? '', base);
      if (shown) {
        linkChars += shown.length;
        if (target) links.push({ text: shown, href: target });
      }
      return shown;
    })
    .replace(SPACES, ' ')
    .trim();
  const bare = raw.replace(INLINE_LINK, ' ').replace(SPACES, ' ').trim();
  return { text, links, linkChars: Math.min(linkChars, text.length), bare };
}

/** The non-blank lines of a normalized page text. */
export function toLines(normalized: string, base?: string): TextLine[] {
  const out: TextLine[] = [];
  let afterBlank = true;
  normalized.split('\n').forEach((raw, index) => {
    if (out.length >= MAX_LINES) return;
    if (raw.length > MAX_LINE_CHARS) {
      out.push({ index, text: '', links: [], linkChars: 0, bare: '', afterBlank, oversized: true });
      afterBlank = false;
      return;
    }
    const parsed = parseInline(raw, base);
    if (!parsed.text) {
      afterBlank = true;
      return;
    }
    out.push({ index, ...parsed, afterBlank, oversized: false });
    afterBlank = false;
  });
  return out;
}
