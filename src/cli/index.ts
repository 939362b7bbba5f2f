// `zvirka`: the engine over files, for fact-checkers. Wiring only: args.ts parses, inputs.ts loads,
// format.ts prints. Exit codes: 0 ok; 2 bad input or usage (stderr names the file and the problem).
import { detectClaims } from '../core/claims/index';
import { loadGazetteer } from '../core/entities/gazetteer';
import { USAGE, UsageError, parseArgs } from './args';
import { toJson, toText, type PageResult } from './format';
import { InputError, expandPaths, loadArticle } from './inputs';

declare const __ZVIRKA_VERSION__: string;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`zvirka: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  if (args.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'version') {
    process.stdout.write(`${__ZVIRKA_VERSION__}\n`);
    return 0;
  }
  const { files, errors } = await expandPaths(args.pages);
  const results: PageResult[] = [];
  for (const file of files) {
    try {
      const article = await loadArticle(file);
      const ref = article.published ? new Date(article.published) : undefined;
      results.push({ input: file, article, claims: detectClaims(article, { ref }), links: new Map() });
    } catch (e) {
      if (e instanceof InputError) errors.push(e);
      else errors.push(new InputError(file, `could not be analysed: ${(e as Error).message}`));
    }
  }
  if (files.length === 0 && errors.length === 0) errors.push(new InputError(args.pages.join(' '), 'no .html, .txt or .json files found'));
  const gazetteer = loadGazetteer();
  const nameOf = (id: string) => gazetteer.name(id, 'uk') ?? id;
  process.stdout.write(args.json ? `${JSON.stringify(toJson(results), null, 2)}\n` : toText(results, nameOf));
  for (const e of errors) process.stderr.write(`zvirka: ${e.message}\n`);
  return errors.length > 0 ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`zvirka: internal error: ${(err as Error)?.stack ?? err}\n`);
    process.exit(1);
  },
);
