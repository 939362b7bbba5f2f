/**
 * A fake web for the evidence modules: routes answer like servers do (status, headers, body, and a
 * function of the request headers for conditional GETs), every request is logged with its time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HttpGet, HttpResponse } from '../../../../src/background/evidence/http';
import type { Article } from '../../../../src/core/types';

export interface FakeAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

type Route = FakeAnswer | ((reqHeaders: Record<string, string>) => FakeAnswer);

/** Repo files by path from the root (vitest runs there). */
export function repoFile(path: string): string {
  return readFileSync(join(process.cwd(), path), 'utf8');
}

/** The HTML of a fixture page and its URL. */
export function fixturePage(name: string): { url: string; html: string } {
  const expected = JSON.parse(repoFile(`test/fixtures/pages/${name}/expected.json`)) as { url: string };
  return { url: expected.url, html: repoFile(`test/fixtures/pages/${name}/source.html`) };
}

export class FakeWeb {
  readonly routes = new Map<string, Route>();
  readonly log: { url: string; headers: Record<string, string>; at: number }[] = [];
  /** The clock requests are logged with (tests move it). */
  clock = { now: Date.parse('2026-05-21T08:00:00Z') };

  route(url: string, r: Route): this {
    this.routes.set(url, r);
    return this;
  }

  page(name: string, headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' }): string {
    const { url, html } = fixturePage(name);
    this.route(url, { headers, body: html });
    return url;
  }

  get: HttpGet = async (url, headers) => {
    this.log.push({ url, headers, at: this.clock.now });
    const r = this.routes.get(url);
    if (!r) return answer({ status: 404, body: 'not found' });
    return answer(typeof r === 'function' ? r(headers) : r);
  };

  now = (): Date => new Date(this.clock.now);

  requests(url: string): number {
    return this.log.filter((l) => l.url === url).length;
  }
}

function answer(a: FakeAnswer): HttpResponse {
  const headers = new Map(Object.entries(a.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const body = typeof a.body === 'string' ? new TextEncoder().encode(a.body) : (a.body ?? new Uint8Array());
  return { status: a.status ?? 200, header: (n) => headers.get(n.toLowerCase()) ?? null, bytes: async () => body };
}

/** A small article obtained at `at`. */
export function article(url: string, at: string, text = 'Речник МЗС Китаю заявив, що повідомлення Reuters не відповідають дійсності.'): Article {
  return {
    url,
    outlet: new URL(url).hostname,
    lang: 'uk',
    title: `title ${url}`,
    paragraphs: [{ id: 'p0', text, kind: 'p' }],
    links: [],
    obtained: 'feed',
    obtainedAt: at,
    adapter: 'test',
  };
}

