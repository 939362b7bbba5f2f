/**
 * A JSON article record, `{"url", "text", "title"?, "published"?, "outlet"?, "lang"?}` (unknown
 * fields ignored), → an Article. Paragraphs are the text's blank-line-separated blocks (single
 * newlines when it has no blank lines). Returns a problem string instead of throwing.
 */
import type { Article, Lang, Obtained } from '../core/types';
import { detectLang } from '../core/text/lang';
import { registrableDomain } from '../extract/index';

const LANGS = new Set<Lang>(['uk', 'ru', 'en']);

/** The Article of a record, or what is wrong with it. */
export function articleFromRecord(json: string, opts: { obtained: Obtained; now: Date }): Article | string {
  let rec: unknown;
  try {
    rec = JSON.parse(json);
  } catch (e) {
    return `invalid JSON (${(e as Error).message})`;
  }
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) return 'expected a JSON object {"url", "text", …}';
  const r = rec as Record<string, unknown>;
  if (typeof r.url !== 'string') return '"url" is missing or not a string';
  let url: URL;
  try {
    url = new URL(r.url);
  } catch {
    return `"url" is not an absolute URL: ${JSON.stringify(r.url).slice(0, 80)}`;
  }
  if (typeof r.text !== 'string' || !r.text.trim()) return '"text" is missing or empty';
  for (const k of ['title', 'published', 'outlet', 'lang'] as const) {
    if (r[k] !== undefined && typeof r[k] !== 'string') return `"${k}" must be a string`;
  }
  if (r.lang !== undefined && !LANGS.has(r.lang as Lang)) return `"lang" must be one of uk, ru, en`;
  if (r.published !== undefined && Number.isNaN(Date.parse(r.published as string))) return `"published" is not a date: ${r.published}`;
  const blocks = /\n\s*\n/.test(r.text) ? r.text.split(/\n\s*\n/) : r.text.split('\n');
  const texts = blocks.map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const lang = (r.lang as Lang | undefined) ?? detectLang(texts.join(' '));
  return {
    url: url.href,
    outlet: (r.outlet as string | undefined) ?? registrableDomain(url.hostname),
    lang,
    title: (r.title as string | undefined) ?? '',
    published: r.published as string | undefined,
    paragraphs: texts.map((text, i) => ({ id: `p${i}`, text, kind: 'p' })),
    links: [],
    obtained: opts.obtained,
    obtainedAt: opts.now.toISOString(),
    adapter: 'record',
  };
}
