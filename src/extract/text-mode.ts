/**
 * Text mode: an Article from a plain-text page (a text dump of a whole news page, furniture included,
 * with markdown-style `[text](href)` links), for inputs that have no DOM: the seeds, pasted text, the
 * CLI. The body is the heaviest run of prose lines (text/runs.ts); everything else is furniture with a
 * recorded reason. Pure and deterministic: pass `now` for a fixed `obtainedAt`.
 */
import type { Article, BodyLink, ExtractionTrace, ExtractResult, Lang, NotAnArticle, Paragraph } from '../core/types';
import { guessLangFromText } from './lang-guess';
import { registrableDomain } from './outlet';
import { classifyLines, type ClassifiedLine } from './text/classify';
import { readHead } from './text/header';
import { normalizeInput, toLines } from './text/lines';
import { findRuns, mainRun } from './text/runs';

/** Less article prose than this is not an article. */
export const MIN_TEXT_ARTICLE_CHARS = 200;
/** Input beyond this many characters is ignored (a page dump is tens of kilobytes). */
export const MAX_TEXT_INPUT_CHARS = 2_000_000;
/** Dropped-furniture notes kept on the Article. */
const MAX_DROPPED_NOTES = 60;
const NOTE_CHARS = 60;

/** Options of `extractText`: what the caller already knows wins over what the text suggests. */
export interface TextModeOptions {
  url?: string;
  title?: string;
  published?: string;
  outlet?: string;
  lang?: Lang;
  /** Clock for `obtainedAt` (tests pass a fixed one). */
  now?: Date;
}

function notArticle(reason: string): NotAnArticle {
  return { notArticle: true, reason };
}

function outletOf(opts: TextModeOptions): string {
  if (opts.outlet) return opts.outlet;
  if (!opts.url) return '';
  try {
    return registrableDomain(new URL(opts.url).hostname);
  } catch {
    return '';
  }
}

function validBase(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

function droppedNotes(lines: ClassifiedLine[], from: number, to: number): string[] {
  const notes: string[] = [];
  for (let at = Math.max(0, from); at <= to && notes.length < MAX_DROPPED_NOTES; at++) {
    const l = lines[at]!;
    if (l.kind === 'furniture') notes.push(`${l.reason}: ${l.text.slice(0, NOTE_CHARS)}`);
  }
  return notes;
}

/** An Article from a plain-text page, or the reason it is not one. */
export function extractText(text: string, opts: TextModeOptions = {}): ExtractResult {
  if (typeof text !== 'string') return notArticle('input is not text');
  const input = normalizeInput(text.length > MAX_TEXT_INPUT_CHARS ? text.slice(0, MAX_TEXT_INPUT_CHARS) : text);
  if (!input.trim()) return notArticle('empty text');
  const lines = classifyLines(toLines(input, validBase(opts.url)));
  const run = mainRun(findRuns(lines));
  if (!run) return notArticle('no article text: no run of sentence-like lines (menus, teasers or furniture only)');
  if (run.chars < MIN_TEXT_ARTICLE_CHARS) return notArticle(`no article text: longest run of prose has ${run.chars} characters (< ${MIN_TEXT_ARTICLE_CHARS})`);

  const head = readHead(lines, run, opts.title);
  const trace: ExtractionTrace = { body: 'text', title: opts.title ? 'meta' : head.title ? 'text' : 'none' };
  const paragraphs: Paragraph[] = [];
  const links: BodyLink[] = [];
  const add = (at: number, kind: Paragraph['kind']): void => {
    const id = `p${paragraphs.length}`;
    const line = lines[at]!;
    paragraphs.push({ id, text: line.text, kind });
    for (const l of line.links) links.push({ ...l, paragraph: id });
  };
  if (head.lead) add(head.lead.at, 'lead');
  for (const item of run.items) add(item.at, item.kind);

  const bodyText = paragraphs.map((p) => p.text).join('\n');
  const guessed = guessLangFromText(bodyText);
  const lang: Lang = opts.lang ?? guessed ?? 'und';
  trace.lang = opts.lang ? 'meta' : guessed ? 'text' : 'none';
  const published = opts.published ?? head.published;
  trace.published = opts.published ? 'meta' : head.published ? 'text' : 'none';
  if (head.author) trace.author = 'text';

  const article: Article = {
    url: opts.url ?? '',
    outlet: outletOf(opts),
    lang,
    title: opts.title ?? head.title?.text ?? '',
    ...(published ? { published } : {}),
    ...(head.author ? { author: head.author } : {}),
    paragraphs,
    links,
    obtained: 'file',
    obtainedAt: (opts.now ?? new Date()).toISOString(),
    adapter: 'text',
    dropped: droppedNotes(lines, Math.min(head.title?.at ?? run.first, run.first), run.last),
    trace,
  };
  return article;
}
