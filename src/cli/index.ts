// `zvirka`: the engine over files, for fact-checkers. Wiring only: args.ts parses, inputs.ts and
// evidence.ts load, run.ts detects and links, format.ts prints. Exit codes: 0 ok; 2 bad input or usage
// (stderr names the file and the problem); 1 internal error.
import { run } from './run';

declare const __ZVIRKA_VERSION__: string;

const version = typeof __ZVIRKA_VERSION__ === 'string' ? __ZVIRKA_VERSION__ : '0.0.0-dev';

run(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }, version).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`zvirka: internal error: ${(err as Error)?.stack ?? err}\n`);
    process.exit(1);
  },
);
