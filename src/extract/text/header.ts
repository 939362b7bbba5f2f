/**
 * The head of an article on a text page: the headline, the standfirst, the date and the byline, all
 * looked for just above the body run. The headline is a short line that the page prints again
 * (related lists, an image caption, the standfirst line: seeds 000, 001, 002, 004) or that a byline or
 * date follows; among equals, the nearest to the body wins.
 */
import type { ClassifiedLine } from './classify';
import { dateInLine } from './date-line';
import type { LineLink } from './lines';
import { wordCount } from './prose';
import type { Run } from './runs';
import { MAX_GAP_LINES } from './runs';

/** How many lines above the body the headline may sit. */
export const TITLE_LOOKBACK = 20;
const MIN_TITLE_CHARS = 15;
const MAX_TITLE_CHARS = 250;
const MIN_TITLE_WORDS = 3;
/** A short line just above the body is a standfirst when it is at least this long (or followed the headline). */
const MIN_LEAD_CHARS = 60;
const MIN_LEAD_WORDS = 8;
/** Lines above the headline searched for the date. */
const DATE_ABOVE_TITLE = 3;
/** Lines after the body searched for a byline ("Автор: …" closes seed 003). */
const BYLINE_AFTER_BODY = 3;
const MAX_AUTHOR_CHARS = 80;

const SCORE_REPEATED = 3;
const SCORE_BYLINE_NEXT = 2;

/** The head of the article; `at` are indexes into the classified lines. */
export interface ArticleHead {
  title?: { text: string; at: number };
  lead?: { text: string; at: number; links: LineLink[] };
  published?: string;
  author?: string;
}

const isMeta = (l: ClassifiedLine | undefined): boolean => l?.reason === 'byline' || l?.reason === 'date';

function findTitle(lines: ClassifiedLine[], run: Run): ArticleHead['title'] {
  const from = Math.max(0, run.first - TITLE_LOOKBACK);
  let best: { text: string; at: number; score: number } | undefined;
  for (let at = from; at < run.first; at++) {
    const l = lines[at]!;
    if (l.kind !== 'short' || l.titleRepeat) continue;
    if (l.text.length < MIN_TITLE_CHARS || l.text.length > MAX_TITLE_CHARS || wordCount(l.text) < MIN_TITLE_WORDS) continue;
    const repeated = lines.some((o, j) => j !== at && (o.text === l.text || o.titleRepeat === l.text || o.text.startsWith(l.text + ' ')));
    const bylineNext = isMeta(lines[at + 1]) || isMeta(lines[at + 2]);
    const score = (repeated ? SCORE_REPEATED : 0) + (bylineNext ? SCORE_BYLINE_NEXT : 0) + 1 - (run.first - at) / TITLE_LOOKBACK;
    if (!best || score >= best.score) best = { text: l.text, at, score };
  }
  return best && { text: best.text, at: best.at };
}

function findLead(lines: ClassifiedLine[], run: Run, title: ArticleHead['title']): ArticleHead['lead'] {
  let gap = 0;
  for (let at = run.first - 1; at >= 0 && gap <= MAX_GAP_LINES; at--) {
    const l = lines[at]!;
    if (l.kind === 'furniture') {
      gap++;
      continue;
    }
    if (l.kind !== 'short' || at === title?.at || l.text === title?.text) return undefined;
    const long = l.text.length >= MIN_LEAD_CHARS && wordCount(l.text) >= MIN_LEAD_WORDS;
    return l.titleRepeat || long ? { text: l.text, at, links: l.links } : undefined;
  }
  return undefined;
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** The person in a byline ("ТЕКСТ: ЛИСА АННА, 20 травня 2026, 17:59" → "Лиса Анна"). */
export function bylineName(text: string): string | undefined {
  const body = text.replace(/^[^:]{1,30}:\s*/u, '');
  const name = body.split(/[,|•·]/u).map((p) => p.trim()).find((p) => p && !/\d/.test(p));
  if (!name || name.length > MAX_AUTHOR_CHARS) return undefined;
  return name === name.toUpperCase() ? titleCase(name) : name;
}

/** Headline, standfirst, date and byline for the body run. */
export function readHead(lines: ClassifiedLine[], run: Run, titleHint?: string): ArticleHead {
  const hinted = titleHint ? lines.findIndex((l, at) => at < run.first && l.text === titleHint) : -1;
  const title = titleHint ? { text: titleHint, at: hinted } : findTitle(lines, run);
  const lead = findLead(lines, run, title);
  const head: ArticleHead = { ...(title ? { title } : {}), ...(lead ? { lead } : {}) };

  const dateFrom = title && title.at >= 0 ? Math.max(0, title.at - DATE_ABOVE_TITLE) : Math.max(0, run.first - TITLE_LOOKBACK);
  for (let at = dateFrom; at < run.first && !head.published; at++) {
    const l = lines[at]!;
    if (at === title?.at || l.kind === 'prose') continue;
    const d = dateInLine(l.text);
    if (d) head.published = d;
  }
  const bylines = lines.filter((l, at) => l.reason === 'byline' && at >= dateFrom && at <= run.last + BYLINE_AFTER_BODY);
  for (const b of bylines) {
    const name = bylineName(b.text);
    if (name) {
      head.author = name;
      break;
    }
  }
  return head;
}
