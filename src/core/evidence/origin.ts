/**
 * Origins: where a piece of evidence ultimately comes from. Ten outlets repeating one Reuters report
 * are one origin ("reuters"), so a reader sees one report repeated, not ten confirmations.
 * Origin = the evidence sentence's source entity when it is a media outlet, else its speaker, else
 * the outlet that published it (an outlet's own reporting is its own origin; Reuters' own page has
 * origin "reuters"). Exception: a denial, confirmation or no-comment's origin is its speaker (China's
 * MFA denying, relayed by Reuters, is the MFA's denial).
 */
import type { EvidenceLink } from '../types';
import { loadGazetteer } from '../entities/gazetteer';

/** Outlets whose own articles are the origin of the reports others cite (registrable host → media entity id). */
const OUTLET_ENTITY: Record<string, string> = {
  'reuters.com': 'reuters',
  'apnews.com': 'ap',
  'afp.com': 'afp',
  'bloomberg.com': 'bloomberg',
  'cnn.com': 'cnn',
  'bbc.com': 'bbc',
  'bbc.co.uk': 'bbc',
  'understandingwar.org': 'isw',
};

let mediaIds: Set<string> | null = null;
/** Whether an entity id is a media outlet or a research body that publishes reports (ISW). */
export function isReportingSource(id: string): boolean {
  if (!mediaIds) mediaIds = new Set();
  if (mediaIds.has(id)) return true;
  const e = loadGazetteer().get(id);
  const yes = e?.type === 'media' || id === 'isw';
  if (yes) mediaIds.add(id);
  return yes;
}

/** The media entity an outlet host stands for, or the host itself. */
export function outletOrigin(outlet: string): string {
  return OUTLET_ENTITY[outlet.replace(/^www\./, '')] ?? outlet;
}

/** Origin of an evidence sentence (see the module comment). */
export function originOf(ev: { source?: string; speaker?: string; kind?: string }, outlet: string): string {
  // A denial, confirmation or no-comment comes from whoever gave it, even when a news agency relays it.
  if (ev.speaker && (ev.kind === 'denial' || ev.kind === 'confirmation' || ev.kind === 'no-comment')) return ev.speaker;
  if (ev.source && isReportingSource(ev.source)) return ev.source;
  if (ev.speaker) return ev.speaker;
  // A non-media source ("according to three European intelligence services") is what the outlet relied on: the outlet is the origin.
  return outletOrigin(outlet);
}

/** Links that derive from one origin, in timeline order. */
export interface OriginGroup {
  origin: string;
  /** Earliest published date in the group (undefined when none is dated). */
  first?: string;
  links: EvidenceLink[];
}

const time = (s?: string): number => {
  const t = s ? Date.parse(s) : NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
};

/**
 * Groups links by origin. Each group's links are ordered by published date (undated last); groups are
 * ordered by their first date, so the list reads as a timeline. `groups.length` is the number of
 * independent origins.
 */
export function groupByOrigin(links: readonly EvidenceLink[]): OriginGroup[] {
  const by = new Map<string, EvidenceLink[]>();
  for (const l of links) {
    const g = by.get(l.origin);
    if (g) g.push(l);
    else by.set(l.origin, [l]);
  }
  const groups: OriginGroup[] = [];
  for (const [origin, ls] of by) {
    const sorted = [...ls].sort((a, b) => time(a.published) - time(b.published) || b.score - a.score);
    const g: OriginGroup = { origin, links: sorted };
    if (sorted[0]?.published) g.first = sorted[0].published;
    groups.push(g);
  }
  return groups.sort((a, b) => time(a.first) - time(b.first) || a.origin.localeCompare(b.origin));
}

/** Number of independent origins per stance (ten outlets repeating one denial count once). */
export function countOrigins(links: readonly EvidenceLink[]): Record<EvidenceLink['stance'], number> {
  const out = { corroborates: new Set<string>(), denies: new Set<string>(), related: new Set<string>() };
  for (const l of links) out[l.stance].add(l.origin);
  return { corroborates: out.corroborates.size, denies: out.denies.size, related: out.related.size };
}
