import { describe, expect, it } from 'vitest';
import { BASE_BACKOFF_MS, MAX_ATTEMPTS, deliverReports, reportBody, validEndpoint } from '../../../src/background/report-delivery';
import { ReportStore } from '../../../src/background/reports';
import type { ReportInput } from '../../../src/shared/protocol';
import { FakeStorageArea } from '../../fakes/browser';

const ENDPOINT = 'https://reports.example.org/zvirka';
const input: ReportInput = {
  claimQuote: { exact: 'Китай таємно провів підготовку', prefix: '', suffix: '' },
  evidenceUrl: 'https://www.pravda.com.ua/news/2026/05/21/7001/',
  evidenceSentence: 'МЗС Китаю спростувало публікацію Reuters.',
  shownStance: 'denies',
  reason: 'not-about-claim',
};

function setup(answers: (number | Error)[]) {
  const area = new FakeStorageArea();
  let clock = new Date('2026-05-20T10:00:00Z');
  let n = 0;
  const store = new ReportStore(area, () => `r${n++}`, () => clock, async () => ENDPOINT);
  const sent: { body: string; key: string }[] = [];
  const deps = {
    list: () => store.list(),
    save: (r: Parameters<typeof store.save>[0]) => store.save(r),
    post: async (_url: string, body: string, headers: Record<string, string>) => {
      sent.push({ body, key: headers['idempotency-key']! });
      const a = answers.shift() ?? 200;
      if (a instanceof Error) throw a;
      return { status: a };
    },
    now: () => clock,
  };
  return { store, deps, sent, tick: (ms: number) => (clock = new Date(clock.getTime() + ms)) };
}

describe('report delivery', () => {
  it('queues reports when an endpoint is set and marks them sent after a 2xx, with the id as idempotency key', async () => {
    const { store, deps, sent } = setup([201]);
    const id = await store.add('https://ua.korrespondent.net/world/1-x', input);
    expect((await store.get(id))!.delivery).toBe('queued');
    expect(await deliverReports(ENDPOINT, deps)).toBeNull();
    expect((await store.get(id))!.delivery).toBe('sent');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.key).toBe(id);
    const body = JSON.parse(sent[0]!.body);
    expect(body).toMatchObject({ version: 1, report: { id, reason: 'not-about-claim', evidenceUrl: input.evidenceUrl } });
    expect(body.report.delivery).toBeUndefined();
    // Already sent: never sent again.
    await deliverReports(ENDPOINT, deps);
    expect(sent).toHaveLength(1);
  });

  it('retries network errors, 5xx and 429 with growing backoff, and never sends before the retry is due', async () => {
    const { store, deps, sent, tick } = setup([new Error('offline'), 503, 429, 200]);
    const id = await store.add('https://ua.korrespondent.net/world/1-x', input);
    const first = await deliverReports(ENDPOINT, deps);
    expect(first!.getTime() - deps.now().getTime()).toBe(BASE_BACKOFF_MS);
    expect(await store.get(id)).toMatchObject({ delivery: 'queued', attempts: 1, lastError: 'offline' });
    await deliverReports(ENDPOINT, deps);
    expect(sent).toHaveLength(1);
    tick(BASE_BACKOFF_MS);
    const second = await deliverReports(ENDPOINT, deps);
    expect(second!.getTime() - deps.now().getTime()).toBe(2 * BASE_BACKOFF_MS);
    tick(2 * BASE_BACKOFF_MS);
    await deliverReports(ENDPOINT, deps);
    tick(4 * BASE_BACKOFF_MS);
    await deliverReports(ENDPOINT, deps);
    expect(await store.get(id)).toMatchObject({ delivery: 'sent', attempts: 4 });
    expect(new Set(sent.map((s) => s.key))).toEqual(new Set([id]));
  });

  it('stops on a permanent 4xx or after the last attempt, keeping the report and the reason', async () => {
    const { store, deps } = setup([400]);
    const id = await store.add('https://ua.korrespondent.net/world/1-x', input);
    await deliverReports(ENDPOINT, deps);
    expect(await store.get(id)).toMatchObject({ delivery: 'failed', lastError: 'HTTP 400' });

    const many = setup(Array(MAX_ATTEMPTS).fill(500));
    const id2 = await many.store.add('https://ua.korrespondent.net/world/1-x', input);
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await deliverReports(ENDPOINT, many.deps);
      many.tick(24 * 3600_000);
    }
    expect(await many.store.get(id2)).toMatchObject({ delivery: 'failed', attempts: MAX_ATTEMPTS });
  });

  it('a report withdrawn while queued is not brought back by a delivery in flight', async () => {
    const { store } = setup([500]);
    const id = await store.add('https://ua.korrespondent.net/world/1-x', input);
    const r = (await store.get(id))!;
    await store.remove(id);
    await store.save({ ...r, delivery: 'sent' });
    expect(await store.get(id)).toBeNull();
  });

  it('accepts only https endpoints and strips bookkeeping from the body', () => {
    expect(validEndpoint('https://x.org/r')).toBeNull();
    expect(validEndpoint('http://x.org/r')).toMatch(/https/);
    expect(validEndpoint('nonsense')).toMatch(/not a URL/);
    const body = JSON.parse(reportBody({ id: 'a', delivery: 'queued', attempts: 3, lastError: 'x', nextAttempt: 'y' } as never));
    expect(body.report).toEqual({ id: 'a' });
  });
});
