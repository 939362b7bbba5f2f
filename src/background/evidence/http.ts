/**
 * The one network dependency of the evidence modules: a GET with request headers, answering status,
 * headers and bytes. The worker passes a wrapper over `fetch` (fetchHttp below); node tests pass
 * fakes that answer 200/304/429/503 on cue.
 */

/** A response, reduced to what feeds and pages need. */
export interface HttpResponse {
  status: number;
  header(name: string): string | null;
  bytes(): Promise<Uint8Array>;
}

/** GET `url` with `headers`; rejects only on network failure. */
export type HttpGet = (url: string, headers: Record<string, string>) => Promise<HttpResponse>;

/** Requests give up after this long (a stalled host must not hold the worker). */
export const FETCH_TIMEOUT_MS = 20_000;
/** Bodies larger than this are refused (news pages and feeds are well under). */
export const MAX_BODY_BYTES = 8_000_000;

/** An HttpGet over the platform `fetch`: no cookies, no referrer, a timeout. */
export function fetchHttp(fetchImpl: typeof fetch = fetch): HttpGet {
  return async (url, headers) => {
    const res = await fetchImpl(url, {
      headers,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    return {
      status: res.status,
      header: (name) => res.headers.get(name),
      async bytes() {
        const len = Number(res.headers.get('content-length') ?? 0);
        if (len > MAX_BODY_BYTES) throw new Error(`response is ${len} bytes, more than ${MAX_BODY_BYTES}`);
        const buf = new Uint8Array(await res.arrayBuffer());
        if (buf.length > MAX_BODY_BYTES) throw new Error(`response is ${buf.length} bytes, more than ${MAX_BODY_BYTES}`);
        return buf;
      },
    };
  };
}

/** The charset parameter of a Content-Type header, if any. */
export function charsetOf(contentType: string | null): string | undefined {
  const m = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '');
  return m?.[1]?.toLowerCase();
}

/** Retry-After (seconds or an HTTP date) in milliseconds from `now`, if parseable. */
export function retryAfterMs(value: string | null, now: Date): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now.getTime());
}
