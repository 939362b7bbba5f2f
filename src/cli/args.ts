/** Command-line arguments of `zvirka`. */

export interface AnalyzeArgs {
  command: 'analyze';
  pages: string[];
  evidence: string[];
  json: boolean;
}

export type Args = AnalyzeArgs | { command: 'help' } | { command: 'version' };

export const USAGE = `usage: zvirka analyze <page>... [--evidence <path>...] [--json]

  <page>     an .html page, a .txt text dump of a page, a .json article record
             {"url", "text", "title"?, "published"?, "outlet"?, "lang"?}, or a directory of these
  --json     machine-readable output
  --evidence pages of the same kinds (or directories) indexed as evidence for the claims; each
             claim lists the evidence that corroborates or denies it, best first. A page never
             links to itself. An evidence file that cannot be read is skipped with a warning.

exit codes: 0 ok (also when evidence files were skipped), 2 bad input or usage (the message names
the file and the problem)`;

/** An error in the command line itself (exit code 2). */
export class UsageError extends Error {}

/** Parses `argv` (without node and script). */
export function parseArgs(argv: string[]): Args {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  if (argv.includes('--version')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'analyze') throw new UsageError(`unknown command "${command}"`);
  const out: AnalyzeArgs = { command: 'analyze', pages: [], evidence: [], json: false };
  let target: 'pages' | 'evidence' = 'pages';
  for (const a of rest) {
    if (a === '--json') out.json = true;
    else if (a === '--evidence') target = 'evidence';
    else if (a.startsWith('--')) throw new UsageError(`unknown option "${a}"`);
    else out[target].push(a);
  }
  if (out.pages.length === 0) throw new UsageError('no page given');
  if (rest.includes('--evidence') && out.evidence.length === 0) throw new UsageError('--evidence needs a path');
  return out;
}
