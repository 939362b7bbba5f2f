/**
 * `zvirka` as a function: parse, load, detect, link, print. index.ts calls it with the process's
 * streams; tests call it with their own. Exit codes: 0 ok (warnings about skipped evidence files
 * included); 2 bad input or usage (stderr names the file and the problem).
 */
import { detectClaims } from '../core/claims/index';
import { loadGazetteer } from '../core/entities/gazetteer';
import type { EvidenceLink } from '../core/types';
import { USAGE, UsageError, parseArgs } from './args';
import { loadEvidence } from './evidence';
import { toJson, toText, type PageResult } from './format';
import { InputError, expandPaths, loadArticle } from './inputs';

/** Where output goes. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Runs the command line `argv` (without node and script); resolves to the exit code. */
export async function run(argv: string[], io: Io, version = '0.0.0'): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`zvirka: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  if (args.command === 'help') {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'version') {
    io.out(`${version}\n`);
    return 0;
  }
  const evidence = args.evidence.length ? await loadEvidence(args.evidence) : null;
  const { files, errors } = await expandPaths(args.pages);
  const results: PageResult[] = [];
  for (const file of files) {
    try {
      const article = await loadArticle(file);
      const ref = article.published ? new Date(article.published) : undefined;
      const claims = detectClaims(article, { ref: ref && !Number.isNaN(ref.getTime()) ? ref : undefined });
      const links = new Map<string, EvidenceLink[]>();
      // query() never returns the page itself (same URL or canonical URL), even when it was also given as evidence.
      if (evidence) for (const c of claims) links.set(c.id, evidence.index.query(c, article));
      results.push({ input: file, article, claims, links });
    } catch (e) {
      if (e instanceof InputError) errors.push(e);
      else errors.push(new InputError(file, `could not be analysed: ${(e as Error).message}`));
    }
  }
  if (files.length === 0 && errors.length === 0) errors.push(new InputError(args.pages.join(' '), 'no .html, .txt or .json files found'));
  const gazetteer = loadGazetteer();
  const nameOf = (id: string) => gazetteer.name(id, 'uk') ?? id;
  io.out(args.json ? `${JSON.stringify(toJson(results), null, 2)}\n` : toText(results, nameOf));
  for (const w of evidence?.warnings ?? []) io.err(`zvirka: warning: ${w}\n`);
  for (const e of errors) io.err(`zvirka: ${e.message}\n`);
  return errors.length > 0 ? 2 : 0;
}
