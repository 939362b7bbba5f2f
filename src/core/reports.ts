/**
 * A reader's mismatch reports take effect at once, for that reader: a link reported as not about
 * the claim, not a claim, outdated or other is hidden; a link reported as having the wrong stance
 * is shown with the stance the reader gave. Pure: the background applies it to every answer.
 */
import type { EvidenceLink, MismatchReport, ReportReason, Stance, TextQuote } from './types';

/** Reasons the form offers, in its order. */
export const REPORT_REASONS: readonly ReportReason[] = [
  'not-about-claim',
  'wrong-stance-corroborates',
  'wrong-stance-denies',
  'not-a-claim',
  'outdated',
  'other',
];

/** Longest comment kept (a report is a note, not an essay; also bounds storage). */
export const MAX_COMMENT = 1000;

/** The key that identifies "this evidence sentence for this claim on this page". */
export function reportKey(pageUrl: string, quote: TextQuote, evidenceUrl: string, sentence: string): string {
  const page = pageUrl.split('#')[0];
  return JSON.stringify([page, quote.exact, evidenceUrl.split('#')[0], sentence]);
}

const CORRECTED: Partial<Record<ReportReason, Stance>> = {
  'wrong-stance-corroborates': 'corroborates',
  'wrong-stance-denies': 'denies',
};

/** The links of one claim after the reader's reports: hidden ones removed, corrected stances applied. */
export function applyReports(links: EvidenceLink[], pageUrl: string, quote: TextQuote, reports: MismatchReport[]): EvidenceLink[] {
  if (reports.length === 0) return links;
  const byKey = new Map(reports.map((r) => [reportKey(r.pageUrl, r.claimQuote, r.evidenceUrl, r.evidenceSentence), r]));
  const out: EvidenceLink[] = [];
  for (const link of links) {
    const r = byKey.get(reportKey(pageUrl, quote, link.url, link.sentence));
    if (!r) out.push(link);
    else if (CORRECTED[r.reason]) out.push({ ...link, stance: CORRECTED[r.reason]!, reported: r.id });
  }
  return out;
}

/** Checks a report coming from a page or a form; returns what is wrong, or null. */
export function invalidReport(r: unknown): string | null {
  if (typeof r !== 'object' || r === null) return 'not an object';
  const x = r as Partial<MismatchReport>;
  if (typeof x.pageUrl !== 'string' || !/^https?:\/\//.test(x.pageUrl)) return 'pageUrl must be an http(s) URL';
  if (typeof x.evidenceUrl !== 'string' || !/^https?:\/\//.test(x.evidenceUrl)) return 'evidenceUrl must be an http(s) URL';
  if (typeof x.evidenceSentence !== 'string' || !x.evidenceSentence) return 'evidenceSentence is missing';
  if (!x.claimQuote || typeof x.claimQuote.exact !== 'string' || !x.claimQuote.exact) return 'claimQuote.exact is missing';
  if (!REPORT_REASONS.includes(x.reason as ReportReason)) return `reason must be one of ${REPORT_REASONS.join(', ')}`;
  if (!['corroborates', 'denies', 'related'].includes(x.shownStance as string)) return 'shownStance is not a stance';
  if (x.comment !== undefined && (typeof x.comment !== 'string' || x.comment.length > MAX_COMMENT)) return `comment must be text of at most ${MAX_COMMENT} characters`;
  return null;
}
