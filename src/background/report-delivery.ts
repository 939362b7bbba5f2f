/**
 * Sending mismatch reports to an HTTPS endpoint the reader configured (off by default). Each report
 * is its own queue entry (its `delivery` state lives with it in storage), so nothing is lost when the
 * worker or the browser restarts. Every attempt carries the report's id as `Idempotency-Key`, so a
 * retry after a lost response cannot create a duplicate at a server that honours it; a report is
 * marked sent only after a 2xx answer.
 *
 * Wire format (documented in the README): POST <endpoint>, `Content-Type: application/json`,
 * body `{"version": 1, "report": MismatchReport}` without the delivery bookkeeping fields.
 */
import type { MismatchReport } from '../core/types';

/** First retry after this long; doubles per attempt up to MAX_BACKOFF_MS. */
export const BASE_BACKOFF_MS = 60_000;
export const MAX_BACKOFF_MS = 6 * 60 * 60_000;
/** After this many failed attempts a report stays `failed` (still stored; the options page says why). */
export const MAX_ATTEMPTS = 20;
/** No single POST may hang the worker. */
export const POST_TIMEOUT_MS = 15_000;

export interface DeliveryDeps {
  list(): Promise<MismatchReport[]>;
  save(report: MismatchReport): Promise<void>;
  post(url: string, body: string, headers: Record<string, string>): Promise<{ status: number }>;
  now(): Date;
}

/** Whether `url` may receive reports: an absolute https URL. */
export function validEndpoint(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? null : 'the endpoint must be an https:// URL';
  } catch {
    return 'the endpoint is not a URL';
  }
}

/** The body sent for a report (bookkeeping fields left out). */
export function reportBody(r: MismatchReport): string {
  const { delivery: _d, attempts: _a, nextAttempt: _n, lastError: _e, ...report } = r;
  return JSON.stringify({ version: 1, report });
}

function backoff(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
}

/** Sends every queued report that is due; returns the earliest time a retry is due, or null. */
export async function deliverReports(endpoint: string, deps: DeliveryDeps): Promise<Date | null> {
  let next: Date | null = null;
  for (const r of await deps.list()) {
    if (r.delivery !== 'queued') continue;
    const now = deps.now();
    if (r.nextAttempt && new Date(r.nextAttempt) > now) {
      if (!next || new Date(r.nextAttempt) < next) next = new Date(r.nextAttempt);
      continue;
    }
    let status = 0;
    let error = '';
    try {
      status = (await deps.post(endpoint, reportBody(r), { 'content-type': 'application/json', 'idempotency-key': r.id })).status;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const attempts = (r.attempts ?? 0) + 1;
    if (status >= 200 && status < 300) {
      await deps.save({ ...r, delivery: 'sent', attempts, nextAttempt: undefined, lastError: undefined });
      continue;
    }
    // 4xx other than timeout / rate limit will not get better by retrying the same body.
    const permanent = status >= 400 && status < 500 && status !== 408 && status !== 429;
    const lastError = error || `HTTP ${status}`;
    if (permanent || attempts >= MAX_ATTEMPTS) {
      await deps.save({ ...r, delivery: 'failed', attempts, nextAttempt: undefined, lastError });
      continue;
    }
    const due = new Date(now.getTime() + backoff(attempts));
    await deps.save({ ...r, attempts, nextAttempt: due.toISOString(), lastError });
    if (!next || due < next) next = due;
  }
  return next;
}
