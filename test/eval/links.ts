/**
 * Evaluates the evidence linker on the labelled pairs in test/labelled/links/pairs.json.
 * Run: node test/tools/run-ts.mjs test/eval/links.ts [--split dev|test|all] [--written] [--verbose] [--sweep]
 *
 * Corpus: every fixture page (test/fixtures/pages/<name>/expected.json, as an Article) and every
 * written article (test/labelled/links/articles/*.json, read as the CLI reads a JSON record). Each
 * labelled page claim is found among detectClaims(page, {all: true}) by its text, queried against the
 * index, and its links compared with the labels:
 * - recall@5 (capped, as in BEIR): per claim, labelled links (stance ≠ none) among the first five SHOWN
 *   links (above the threshold) / min(5, labelled links), summed over claims; the ranking is a condensed
 *   list (links the set does not judge for that claim are dropped first);
 * - precision of shown links: shown links that are labelled links, over shown links that are labelled
 *   at all (links the set does not judge are counted separately, "unjudged");
 * - per-stance precision / recall over labelled links (a missed link counts against recall);
 * - cross-language recall@5 (capped): the same over the pairs whose page and evidence languages differ,
 *   on the ranking restricted to evidence in languages other than the page's;
 * - look-alike false links: written look-alike pairs (labelled none) that are shown; judged-none pairs
 *   (kind "judged": shown links read and found to be about something else) are counted apart.
 * Every shown link of a labelled claim should be judged: an unjudged one is reported (--verbose lists them).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromRecord } from '../../src/cli/record';
import { detectClaims } from '../../src/core/claims/index';
import { EvidenceIndex, SHOW_THRESHOLD } from '../../src/core/evidence/index';
import type { Article, Claim, EvidenceLink, Stance } from '../../src/core/types';

interface Pair {
  page: string;
  claim: string;
  evidence: string;
  sentence: string;
  stance: Stance | 'none';
  split: 'dev' | 'test';
  note?: string;
  /** `judged`: added by pooled judging of shown links (not written as a look-alike test case). */
  kind?: 'judged';
}

const ROOT = process.cwd();
const args = process.argv.slice(2);
const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'all';
const verbose = args.includes('--verbose');
/** Recall and stance over the written pairs only (session 1's definition); precision still counts every judgement. */
const writtenOnly = args.includes('--written');
const TOP = 5;
/** Every shown link is judged, not only a first page of them. */
const EVAL_LIMIT = 50;

/** Fixture pages and written articles, as Articles, by name (`fixture:<dir>`, `article:<file>`). */
export function loadCorpus(root = ROOT): Map<string, Article> {
  const out = new Map<string, Article>();
  const pages = join(root, 'test/fixtures/pages');
  for (const d of readdirSync(pages).sort()) {
    const e = JSON.parse(readFileSync(join(pages, d, 'expected.json'), 'utf8'));
    out.set(`fixture:${d}`, { url: e.url, outlet: e.outlet, lang: e.lang, title: e.title, published: e.published, paragraphs: e.paragraphs.map((text: string, i: number) => ({ id: `p${i}`, text, kind: 'p' })), links: [], obtained: 'file', obtainedAt: '2026-01-01T00:00:00Z', adapter: 'fixture' });
  }
  const written = join(root, 'test/labelled/links/articles');
  for (const f of readdirSync(written).filter((f) => f.endsWith('.json')).sort()) {
    const a = articleFromRecord(readFileSync(join(written, f), 'utf8'), { obtained: 'file', now: new Date('2026-01-01T00:00:00Z') });
    if (typeof a === 'string') throw new Error(`${f}: ${a}`);
    out.set(`article:${f.replace(/\.json$/, '')}`, a);
  }
  return out;
}

const norm = (s: string): string => s.replace(/[«»"“”„]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
/** Same sentence, allowing the splitter to cut a little differently (one contains the other). */
const same = (a: string, b: string): boolean => {
  const x = norm(a);
  const y = norm(b);
  return x === y || (Math.min(x.length, y.length) > 30 && (x.includes(y) || y.includes(x)));
};

function main(threshold: number, quiet = false): void {
  const all: Pair[] = JSON.parse(readFileSync(join(ROOT, 'test/labelled/links/pairs.json'), 'utf8')).pairs;
  const pairs = all.filter((p) => (split === 'all' || p.split === split) && !(writtenOnly && p.kind === 'judged'));
  const corpus = loadCorpus();
  const byName = corpus;
  const urlOf = (name: string): string => byName.get(name)?.url ?? name;
  const ix = new EvidenceIndex();
  for (const a of corpus.values()) ix.add(a);
  const claimsOf = new Map<string, Claim[]>();
  const shownFor = new Map<string, EvidenceLink[]>();
  const problems: string[] = [];
  const shown = (p: Pair): EvidenceLink[] | null => {
    const key = `${p.page}\u0000${p.claim}`;
    if (shownFor.has(key)) return shownFor.get(key)!;
    const page = byName.get(p.page);
    if (!page) return problems.push(`no article ${p.page}`), null;
    if (!claimsOf.has(p.page)) claimsOf.set(p.page, detectClaims(page, { all: true, ref: page.published ? new Date(page.published) : undefined }));
    const claim = claimsOf.get(p.page)!.find((c) => same(c.text, p.claim));
    if (!claim) return problems.push(`claim not detected on ${p.page}: ${p.claim.slice(0, 60)}`), null;
    const links = ix.query(claim, page, { limit: EVAL_LIMIT, threshold });
    if (process.env.ZDEBUG && p.claim.startsWith(process.env.ZDEBUG)) for (const l of ix.query(claim, page, { limit: 80, threshold: 0 })) console.log(l.score, l.stance, l.cue, l.url.slice(8, 60), l.sentence.slice(0, 80));
    shownFor.set(key, links);
    return links;
  };
  const langOf = (name: string): string => byName.get(name)?.lang ?? '?';
  const langByUrl = new Map([...byName.values()].map((a) => [a.url, a.lang]));
  let pos = 0, hitShown = 0, xpos = 0, xhitShown = 0, lookalikes = 0, lookFalse = 0, offTopic = 0, offShown = 0;
  // Capped recall@5 (as in BEIR): per claim, relevant links in the first five / min(5, relevant links).
  const perClaim = new Map<string, { rel: number; top: number; xrel: number; xtop: number }>();
  const conf: Record<string, Record<string, number>> = {};
  const failures: string[] = [];
  for (const p of pairs) {
    const links = shown(p);
    if (!links) continue;
    // Condensed list (Sakai 2007): links the set does not judge for this claim are dropped before ranking,
    // so an unjudged link in the top five neither helps nor hurts; their number is reported below.
    const judgedHere = all.filter((q) => q.page === p.page && q.claim === p.claim && !(writtenOnly && q.kind === 'judged'));
    const condensed = links.filter((l) => judgedHere.some((q) => urlOf(q.evidence) === l.url && same(l.sentence, q.sentence)));
    const at = condensed.findIndex((l) => l.url === urlOf(p.evidence) && same(l.sentence, p.sentence));
    const cross = langOf(p.page) !== langOf(p.evidence);
    if (p.stance === 'none') {
      if (p.kind === 'judged') {
        offTopic++;
        if (at >= 0) {
          offShown++;
          failures.push(`OFF-TOPIC   ${p.claim.slice(0, 50)} → ${p.sentence.slice(0, 70)} (${condensed[at]!.score})`);
        }
        continue;
      }
      lookalikes++;
      if (at >= 0) {
        lookFalse++;
        failures.push(`FALSE LINK  ${p.claim.slice(0, 50)} → ${p.sentence.slice(0, 70)} (${condensed[at]!.score})`);
      }
      continue;
    }
    pos++;
    if (cross) xpos++;
    const got = at >= 0 ? condensed[at]!.stance : 'missed';
    (conf[p.stance] ??= {})[got] = (conf[p.stance]![got] ?? 0) + 1;
    const c = perClaim.get(`${p.page}\u0000${p.claim}`) ?? { rel: 0, top: 0, xrel: 0, xtop: 0 };
    perClaim.set(`${p.page}\u0000${p.claim}`, c);
    c.rel++;
    if (cross) c.xrel++;
    if (at >= 0) {
      hitShown++;
      if (cross) xhitShown++;
    }
    if (at >= 0 && at < TOP) c.top++;
    // Cross-language: the ranking restricted to evidence in other languages than the page's.
    if (cross) {
      const pageLang = langOf(p.page);
      const other = condensed.filter((l) => langByUrl.get(l.url) !== pageLang);
      const xat = other.findIndex((l) => l.url === urlOf(p.evidence) && same(l.sentence, p.sentence));
      if (xat >= 0 && xat < TOP) c.xtop++;
    }
    if (at < 0) failures.push(`MISSED ${p.claim.slice(0, 50)} → ${p.sentence.slice(0, 70)}`);
    if (at >= 0 && got !== p.stance) failures.push(`STANCE ${p.stance}→${got} (${condensed[at]!.cue}) ${p.claim.slice(0, 40)} → ${p.sentence.slice(0, 70)}`);
  }
  // Precision of shown links over the labelled claims.
  let judged = 0, right = 0, unjudged = 0;
  for (const [key, links] of shownFor) {
    const [page, claim] = key.split('\u0000') as [string, string];
    const labels = all.filter((p) => p.page === page && p.claim === claim);
    for (const l of links) {
      const lab = labels.find((p) => urlOf(p.evidence) === l.url && same(l.sentence, p.sentence));
      if (!lab) unjudged++;
      else {
        judged++;
        if (lab.stance !== 'none') right++;
      }
      if (verbose && !lab) failures.push(`unjudged  ${claim.slice(0, 40)} → ${l.stance} ${l.score} ${l.sentence.slice(0, 80)}`);
    }
  }
  const stances: Stance[] = ['corroborates', 'denies', 'related'];
  const fmt = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
  if (quiet) {
    const st = (s: Stance): string => {
      const tp = conf[s]?.[s] ?? 0;
      const predicted = Object.values(conf).reduce((n, row) => n + (row[s] ?? 0), 0);
      const actual = Object.values(conf[s] ?? {}).reduce((n, v) => n + v, 0);
      return `${fmt(tp / predicted)}/${fmt(tp / actual)}`;
    };
    const [h, w] = capped(perClaim, (c) => [c.top, c.rel]);
    const [xh, xw] = capped(perClaim, (c) => [c.xtop, c.xrel]);
    console.log(`${threshold.toFixed(2)}  R@5 ${fmt(h / w)}  xR@5 ${fmt(xh / xw)}  P ${fmt(right / judged)}  look-alike ${lookFalse}  off-topic ${offShown}  corr ${st('corroborates')}  denies ${st('denies')}  unjudged ${unjudged}`);
    return;
  }
  console.log(`split=${split}${writtenOnly ? ' (written pairs only for recall and stance)' : ''} pairs=${pairs.length} (links ${pos}, cross-language ${xpos}, look-alikes ${lookalikes}) threshold=${threshold} corpus=${corpus.size} articles / ${ix.sentences} sentences`);
  const [h5, w5] = capped(perClaim, (c) => [c.top, c.rel]);
  const [xh5, xw5] = capped(perClaim, (c) => [c.xtop, c.xrel]);
  console.log(`recall@${TOP} (capped)        ${fmt(h5 / w5)}  (${h5}/${w5} over ${perClaim.size} claims)`);
  console.log(`cross-lang recall@${TOP} (cap) ${fmt(xh5 / xw5)}  (${xh5}/${xw5})`);
  console.log(`recall of shown links     ${fmt(hitShown / pos)}  (${hitShown}/${pos}; cross-language ${xhitShown}/${xpos})`);
  console.log(`precision of shown links  ${fmt(right / judged)}  (${right}/${judged} judged; ${unjudged} shown links unjudged)`);
  console.log(`look-alike false links    ${lookFalse}/${lookalikes}`);
  console.log(`judged off-topic shown    ${offShown}/${offTopic}`);
  for (const s of stances) {
    const tp = conf[s]?.[s] ?? 0;
    const predicted = Object.values(conf).reduce((n, row) => n + (row[s] ?? 0), 0);
    const actual = Object.values(conf[s] ?? {}).reduce((n, v) => n + v, 0);
    console.log(`stance ${s.padEnd(13)} precision ${fmt(tp / predicted)} (${tp}/${predicted})  recall ${fmt(tp / actual)} (${tp}/${actual})`);
  }
  for (const p of problems) console.log(`PROBLEM ${p}`);
  if (verbose || failures.length <= 40) for (const f of failures) console.log(f);
}

type ClaimCounts = { rel: number; top: number; xrel: number; xtop: number };
function capped(perClaim: Map<string, ClaimCounts>, get: (c: ClaimCounts) => [number, number]): [number, number] {
  let hits = 0, want = 0;
  for (const c of perClaim.values()) {
    const [top, rel] = get(c);
    if (rel === 0) continue;
    hits += Math.min(top, TOP);
    want += Math.min(rel, TOP);
  }
  return [hits, want];
}

if (!process.env.ZVIRKA_NO_MAIN) {
  if (args.includes('--sweep')) for (let t = 0.2; t <= 0.5001; t += 0.025) main(t, true);
  else main(SHOW_THRESHOLD);
}
