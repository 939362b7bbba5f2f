/**
 * Links to evidence. Only http(s) URLs become links (a `javascript:` or `data:` URL from a feed is
 * shown as text, never followed), and each opens the source scrolled to the sentence through a
 * text fragment (https://wicg.github.io/scroll-to-text-fragment/).
 */

/** Longest sentence put whole into a fragment; longer ones use `start,end` words. */
const MAX_FRAGMENT_EXACT = 80;
const FRAGMENT_EDGE_WORDS = 4;

/** `url` when it is an absolute http(s) URL, else null. */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

// Text fragment directives reserve '-', '&' and ',' besides the usual URL characters.
const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');

/** `url` with a `#:~:text=` directive that scrolls to `sentence`, or null for unsafe URLs. */
export function textFragmentUrl(url: string, sentence: string): string | null {
  const href = safeHref(url);
  if (!href) return null;
  const base = href.split('#')[0]!;
  const clean = sentence.replace(/\s+/g, ' ').trim();
  if (!clean) return base;
  if (clean.length <= MAX_FRAGMENT_EXACT) return `${base}#:~:text=${enc(clean)}`;
  const words = clean.split(' ');
  const start = words.slice(0, FRAGMENT_EDGE_WORDS).join(' ');
  const end = words.slice(-FRAGMENT_EDGE_WORDS).join(' ');
  return `${base}#:~:text=${enc(start)},${enc(end)}`;
}
