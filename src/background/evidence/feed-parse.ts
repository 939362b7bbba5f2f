/**
 * RSS 2.0 (https://www.rssboard.org/rss-specification), RSS 1.0 (RDF) and Atom (RFC 4287) → items.
 * A small tolerant scanner over text rather than an XML parser: Chrome's MV3 worker has no
 * DOMParser, real feeds are often not well-formed XML (bare `&`, stray HTML in descriptions), and
 * only a handful of fields matter. Pure; a malformed feed gives a reason instead of throwing.
 */

/** Feeds larger than this are refused (a news feed is tens to hundreds of kilobytes). */
export const MAX_FEED_CHARS = 5_000_000;
/** Items read from one feed at most. */
export const MAX_FEED_ITEMS = 200;

/** One feed item. `content` is HTML (content:encoded / Atom content), `summary` HTML or text. */
export interface FeedItem {
  link: string;
  title: string;
  /** ISO 8601, when the feed gave a parseable date. */
  published?: string;
  content?: string;
  summary?: string;
}

export type FeedParse = { ok: true; kind: 'rss' | 'atom' | 'rdf'; title: string; items: FeedItem[]; notes: string[]; lang?: string } | { ok: false; reason: string };

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes XML character references and the common named entities; unknown ones are kept as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[ref.toLowerCase()] ?? m;
  });
}

/** Text of an element body: CDATA sections verbatim, everything else entity-decoded. */
function textOf(raw: string): string {
  let out = '';
  const re = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
  let last = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    out += decodeEntities(raw.slice(last, m.index)) + m[1];
    last = m.index + m[0].length;
  }
  return (out + decodeEntities(raw.slice(last))).trim();
}

function escapeName(name: string): string {
  return name.replace(/[:.]/g, (c) => `\\${c}`);
}

/** Body of the first `<name …>…</name>` inside `xml` (namespace prefix exact). */
function element(xml: string, name: string): string | undefined {
  const n = escapeName(name);
  const m = new RegExp(`<${n}(?:\\s[^>]*)?>([\\s\\S]*?)</${n}\\s*>`, 'i').exec(xml);
  return m ? m[1] : undefined;
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return m ? decodeEntities(m[2] ?? m[3] ?? '') : undefined;
}

function isoDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const t = Date.parse(raw.trim());
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** Atom's link: rel="alternate" (or no rel) href; RSS's link: the element text. */
function atomLink(entry: string): string | undefined {
  const tags = entry.match(/<link\b[^>]*>/gi) ?? [];
  let fallback: string | undefined;
  for (const t of tags) {
    const href = attr(t, 'href');
    if (!href) continue;
    const rel = attr(t, 'rel') ?? 'alternate';
    if (rel === 'alternate') return href;
    fallback ??= href;
  }
  return fallback;
}

function httpUrl(raw: string | undefined, base: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const u = new URL(raw.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function blocks(xml: string, name: string): string[] {
  const n = escapeName(name);
  return xml.match(new RegExp(`<${n}(?:\\s[^>]*)?>[\\s\\S]*?</${n}\\s*>`, 'gi')) ?? [];
}

/** Parses feed text; `base` resolves relative item links (the feed's own URL). */
export function parseFeed(text: string, base?: string): FeedParse {
  if (typeof text !== 'string' || !text.trim()) return { ok: false, reason: 'the feed is empty' };
  if (text.length > MAX_FEED_CHARS) return { ok: false, reason: `the feed is larger than ${MAX_FEED_CHARS} characters` };
  const body = text.replace(/^\uFEFF/, '').replace(/<!--[\s\S]*?-->/g, '');
  const root = /<(?!\?|!)([a-z][\w:.-]*)/i.exec(body)?.[1]?.toLowerCase();
  if (!root) return { ok: false, reason: 'not an RSS or Atom feed: no root element' };
  const kind = root === 'rss' ? 'rss' : root === 'feed' ? 'atom' : root === 'rdf:rdf' ? 'rdf' : undefined;
  if (!kind) return { ok: false, reason: `not an RSS or Atom feed: the root element is <${root}>` };
  const closing = kind === 'rss' ? /<\/rss\s*>/i : kind === 'atom' ? /<\/feed\s*>/i : /<\/rdf:rdf\s*>/i;
  const notes: string[] = [];
  if (!closing.test(body)) notes.push('the feed is truncated (no closing root tag); complete items were read');
  const raw = blocks(body, kind === 'atom' ? 'entry' : 'item');
  if (raw.length > MAX_FEED_ITEMS) notes.push(`only the first ${MAX_FEED_ITEMS} of ${raw.length} items read`);
  const head = body.slice(0, body.search(kind === 'atom' ? /<entry[\s>]/i : /<item[\s>]/i) >>> 0);
  const title = textOf(element(head, 'title') ?? '');
  const items: FeedItem[] = [];
  let noLink = 0;
  for (const it of raw.slice(0, MAX_FEED_ITEMS)) {
    const rssLink = element(it, 'link');
    const linkRaw = kind === 'atom' ? atomLink(it) : rssLink !== undefined ? textOf(rssLink) : undefined;
    const link = httpUrl(linkRaw || guidLink(it), base);
    if (!link) {
      noLink++;
      continue;
    }
    const item: FeedItem = { link, title: textOf(element(it, 'title') ?? '') };
    const published = isoDate(textOf(element(it, kind === 'atom' ? 'published' : 'pubDate') ?? element(it, 'dc:date') ?? element(it, 'updated') ?? ''));
    if (published) item.published = published;
    const content = element(it, 'content:encoded') ?? (kind === 'atom' ? element(it, 'content') : undefined);
    if (content !== undefined && textOf(content)) item.content = textOf(content);
    const summary = element(it, 'description') ?? element(it, 'summary');
    if (summary !== undefined && textOf(summary)) item.summary = textOf(summary);
    items.push(item);
  }
  if (noLink) notes.push(`${noLink} item(s) without an http(s) link skipped`);
  if (raw.length === 0 && !/<channel[\s>]/i.test(body) && kind !== 'atom') return { ok: false, reason: 'not an RSS feed: no <channel> and no items' };
  // The feed's declared language: RSS <language>, dc:language, or the root's xml:lang.
  const rootTag = /<(rss|feed|rdf:rdf)\b[^>]*>/i.exec(body)?.[0] ?? '';
  const lang = textOf(element(head, 'language') ?? element(head, 'dc:language') ?? '') || attr(rootTag, 'xml:lang');
  return { ok: true, kind, title, items, notes, ...(lang ? { lang } : {}) };
}

/** RSS guid used as a link when it is a permalink URL. */
function guidLink(item: string): string | undefined {
  const m = /<guid\b([^>]*)>([\s\S]*?)<\/guid\s*>/i.exec(item);
  if (!m || /isPermaLink\s*=\s*["']false/i.test(m[1] ?? '')) return undefined;
  return textOf(m[2] ?? '');
}
