// `zvirka analyze` driven through run() (the same function the built CLI calls) and, once, as a
// separate node process: exit codes, skipped evidence files, links in --json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run';

const ROOT = join(__dirname, '../../..');
const ARTICLES = join(ROOT, 'test/labelled/links/articles');
let dir: string;
let page: string;
let evidence: string;

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zvirka-cli-'));
  page = join(dir, 'page.json');
  writeFileSync(
    page,
    JSON.stringify({
      url: 'https://example.test/uk/reuters-china-training',
      title: 'Reuters: Китай таємно навчив російських військових',
      published: '2026-05-19T18:00:00+03:00',
      lang: 'uk',
      text: 'Агентство Reuters із посиланням на три європейські розвідки повідомило, що наприкінці 2025 року Китай таємно провів на своїй території підготовку близько 200 російських військовослужбовців.\n\nЧастина з них згодом воювала в Україні.',
    }),
  );
  evidence = join(dir, 'evidence');
  mkdirSync(evidence);
  for (const f of ['w07-kremlin-denial-en.json', 'w06-mfa-denial-repeat-ru.json', 'w01-belarus-trained-drone-operators-en.json']) copyFileSync(join(ARTICLES, f), join(evidence, f));
  writeFileSync(join(evidence, 'broken.json'), '{"url": "https://x.test/a", "text": ');
  copyFileSync(page, join(evidence, 'same-page.json'));
});

describe('zvirka analyze --evidence', () => {
  it('links a page claim to a denial in --json, best first, never to the page itself', async () => {
    const r = await cli(['analyze', page, '--evidence', evidence, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    const claim = doc.pages[0].claims.find((c: { text: string }) => c.text.startsWith('Агентство Reuters'));
    const links = claim.links as { url: string; stance: string; score: number; origin: string; cue: string | null }[];
    const kremlin = links.find((l) => l.url.includes('kremlin-calls-china-training'));
    expect(kremlin).toMatchObject({ stance: 'denies', origin: 'kremlin', cue: 'rejected' });
    expect(links.some((l) => l.url === 'https://example.test/uk/reuters-china-training')).toBe(false);
    expect(links.some((l) => l.url.includes('belarus-trained'))).toBe(false);
    for (let i = 1; i < links.length; i++) expect(links[i - 1]!.score).toBeGreaterThanOrEqual(links[i]!.score);
  });

  it('skips a bad evidence file with a warning naming the file and the problem; the rest still counts', async () => {
    const r = await cli(['analyze', page, '--evidence', evidence, join(dir, 'missing.json')]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning: .*broken\.json: invalid JSON .*\(evidence skipped\)/);
    expect(r.err).toMatch(/warning: .*missing\.json: no such file or directory/);
    expect(r.out).toContain('DENIED BY');
    expect(r.out).toContain('kremlin-calls-china-training');
  });

  it('exits 2 for a bad page or bad usage, naming the problem', async () => {
    expect((await cli(['analyze', join(evidence, 'broken.json')])).code).toBe(2);
    const usage = await cli(['analyze', page, '--evidence']);
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/--evidence needs a path/);
  });

  it('prints no links without --evidence', async () => {
    const r = await cli(['analyze', page, '--json']);
    expect(r.code).toBe(0);
    for (const c of JSON.parse(r.out).pages[0].claims) expect(c.links).toEqual([]);
  });

  it('runs as a process with the same exit codes', () => {
    const tool = join(ROOT, 'test/tools/run-ts.mjs');
    const ok = spawnSync(process.execPath, [tool, 'src/cli/index.ts', 'analyze', page, '--evidence', evidence, '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).pages[0].claims.some((c: { links: { stance: string }[] }) => c.links.some((l) => l.stance === 'denies'))).toBe(true);
    expect(ok.stderr).toContain('broken.json');
    const bad = spawnSync(process.execPath, [tool, 'src/cli/index.ts', 'analyze', join(dir, 'nope.json')], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/nope\.json: no such file/);
  }, 60_000);
});
