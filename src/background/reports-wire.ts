/**
 * The browser adapter of report delivery (report-delivery.ts holds the logic): sends queued reports
 * to the reader's endpoint when one is filed, and on an alarm for retries (timers die with the worker).
 */
import browser from 'webextension-polyfill';
import { loadSettings } from '../shared/settings';
import { POST_TIMEOUT_MS, deliverReports } from './report-delivery';
import type { ReportStore } from './reports';

const REPORTS_ALARM = 'zvirka-reports';

/** fetch with a deadline. */
async function fetchWithTimeout(url: string, init: RequestInit, ms: number): Promise<{ status: number }> {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), ms);
  try {
    return await fetch(url, { ...init, signal: ctl.signal });
  } finally {
    clearTimeout(timer);
  }
}

/** Registers the retry alarm's listener (call in the worker's first turn); returns "send now". */
export function installReportDelivery(reports: () => ReportStore, log: (msg: string) => void): () => void {
  const send = async (): Promise<void> => {
    const { reportEndpoint } = await loadSettings(browser.storage.local);
    if (!reportEndpoint) return;
    const store = reports();
    const next = await deliverReports(reportEndpoint, {
      list: () => store.list(),
      save: (r) => store.save(r),
      post: (url, body, headers) => fetchWithTimeout(url, { method: 'POST', body, headers, credentials: 'omit' }, POST_TIMEOUT_MS),
      now: () => new Date(),
    });
    if (next) await browser.alarms.create(REPORTS_ALARM, { when: next.getTime() });
  };
  const sendLogged = () => void send().catch((e: unknown) => log(`reports: ${(e as Error).message}`));
  browser.alarms.onAlarm.addListener((a) => {
    if (a.name === REPORTS_ALARM) sendLogged();
  });
  return sendLogged;
}
