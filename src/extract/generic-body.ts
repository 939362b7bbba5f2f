/**
 * The generic path's body finder: a Readability-style scorer (https://github.com/mozilla/readability,
 * "grabArticle") reduced to one read-only pass over the page's `<p>` elements. Each paragraph with
 * enough text scores its parent fully and its grandparent by half; paragraphs inside containers named
 * like furniture (comments, sidebars, related news) or made mostly of links do not count. The best
 * container wins, promoted to its parent when the parent holds comparable text split across children.
 */
import { MAX_SCORED_PARAGRAPHS } from './limits';
import { byTag } from './elements';

/** Paragraphs shorter than this are captions, bylines and buttons. */
const MIN_PARAGRAPH_CHARS = 25;
/** A paragraph whose link text exceeds this share is a teaser. */
const MAX_PARAGRAPH_LINK_SHARE = 0.5;
/** Each full 100 characters adds a point, up to this many. */
const MAX_LENGTH_POINTS = 3;
/** A body scoring less is no body (roughly three real paragraphs). */
export const MIN_BODY_SCORE = 6;
/** Promote the winner to its parent when the parent's score reaches this share of the winner's. */
const PROMOTE_SHARE = 0.7;
/** Ancestors searched for furniture names above each paragraph. */
const MAX_ANCESTRY = 25;

// Readability's unlikelyCandidates / okMaybeItsACandidate, trimmed and extended for the outlets of SITES.md.
const UNLIKELY = /comment|sidebar|footer|related|menu|nav\b|navbar|promo|teaser|widget|banner|share|social|subscri|popular|most-read|newsfeed|news-feed|breadcrumb|cookie|modal|popup|sponsor|advert|read-also|also-read|readalso|partner|rating|recommend|announce/i;
const MAYBE = /article|body|content|entry|main|post|story|text|news-item|single/i;
const UNLIKELY_TAGS = new Set(['ASIDE', 'NAV', 'FOOTER', 'HEADER', 'FORM']);

function selfUnlikely(el: Element): boolean {
  if (UNLIKELY_TAGS.has(el.tagName.toUpperCase())) return true;
  const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return UNLIKELY.test(name) && !MAYBE.test(name);
}

/** The best body container of `doc` and its score, or null when nothing scores as an article. */
export function findGenericBody(doc: Document): { el: Element; score: number } | null {
  const root = doc.body;
  if (!root) return null;
  const scores = new Map<Element, number>();
  const unlikelyCache = new Map<Element, boolean>();
  const unlikely = (start: Element): boolean => {
    const path: Element[] = [];
    let verdict = false;
    for (let el: Element | null = start, depth = 0; el && el !== root && depth < MAX_ANCESTRY; el = el.parentElement, depth++) {
      const known = unlikelyCache.get(el);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      path.push(el);
      if (selfUnlikely(el)) {
        verdict = true;
        break;
      }
    }
    for (const el of path) unlikelyCache.set(el, verdict);
    return verdict;
  };

  // Copied to an array once: every property access on a jsdom HTMLCollection goes through a Proxy
  // whose named-property lookup scans the whole collection.
  const ps = byTag(root, 'p', MAX_SCORED_PARAGRAPHS);
  const n = Math.min(ps.length, MAX_SCORED_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    const p = ps[i]!;
    const text = (p.textContent ?? '').trim();
    if (text.length < MIN_PARAGRAPH_CHARS) continue;
    const parent = p.parentElement;
    if (!parent || unlikely(parent)) continue;
    let linked = 0;
    for (const a of byTag(p, 'a')) linked += (a.textContent ?? '').length;
    if (linked / text.length > MAX_PARAGRAPH_LINK_SHARE) continue;
    const commas = text.split(/[,،，]/).length - 1;
    const s = 1 + commas + Math.min(Math.floor(text.length / 100), MAX_LENGTH_POINTS);
    scores.set(parent, (scores.get(parent) ?? 0) + s);
    const grand = parent.parentElement;
    if (grand && grand !== root.parentElement) scores.set(grand, (scores.get(grand) ?? 0) + s / 2);
  }

  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore) [best, bestScore] = [el, s];
  }
  if (!best || bestScore < MIN_BODY_SCORE) return null;
  for (let parent = best.parentElement; parent && parent !== root.parentElement; parent = parent.parentElement) {
    const ps2 = scores.get(parent) ?? 0;
    if (ps2 < bestScore * PROMOTE_SHARE) break;
    best = parent;
  }
  return { el: best, score: bestScore };
}
