import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const TOOL = join(__dirname, '../../../tools/add-entity.mjs');
const DATA = join(__dirname, '../../../../src/core/entities/data');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [TOOL, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dirs: string[] = [];
function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zvirka-entities-'));
  cpSync(DATA, dir, { recursive: true });
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function edit(dir: string, file: string, change: (entities: Record<string, unknown>[]) => void): void {
  const path = join(dir, `${file}.json`);
  const entities = JSON.parse(readFileSync(path, 'utf8'));
  change(entities);
  writeFileSync(path, JSON.stringify(entities));
}

describe('add-entity --check', () => {
  it('passes on the shipped data', () => {
    const r = run('--check');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ok: \d{3} entities in 5 files/);
  });

  it('reports an alias that collides with another entity', () => {
    const dir = copyOfData();
    edit(dir, 'media', (es) => (es[0]!.names as Record<string, string[]>).uk!.push('Китай'));
    const r = run('--check', '--data', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('"Китай" is a name of china and a name of reuters');
  });

  it('reports duplicate ids, missing languages, mixed scripts, overlapping roles and dangling countries', () => {
    const dir = copyOfData();
    edit(dir, 'people', (es) => {
      es.push({ ...es[0]!, names: { uk: ['Тест'], en: ['Test'] } });
      es.push({ id: 'typo', type: 'person', names: { uk: ['Радio'], ru: ['Радио'], en: ['Radio'] }, country: 'atlantis', sources: 't' });
      const rutte = es.find((e) => e.id === 'rutte')!;
      (rutte.roles as Record<string, unknown>).from = 2020;
    });
    const r = run('--check', '--data', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('(rutte): duplicate id');
    expect(r.err).toContain('names.ru must be a non-empty list');
    expect(r.err).toContain('"Радio" mixes Cyrillic and Latin letters');
    expect(r.err).toContain('country "atlantis" is not an entity id');
    expect(r.err).toMatch(/"генсек НАТО" is a role of (rutte|stoltenberg) and a role of (rutte|stoltenberg)/);
  });

  it('exits 2 with the file name on broken JSON', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'media.json'), '[{"id": ');
    const r = run('--check', '--data', dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/media\.json: not valid JSON/);
  });
});

describe('add-entity (append)', () => {
  const flags = ['--file', 'people', '--id', 'test-person', '--type', 'person', '--uk', 'Тест Тестенко,Тестенко', '--ru', 'Тест Тестенко', '--en', 'Test Testenko', '--country', 'ukraine', '--sources', 'unit test'];

  it('appends a valid entity that then passes the check', () => {
    const dir = copyOfData();
    const r = run(...flags, '--data', dir);
    expect(r.code).toBe(0);
    const people = JSON.parse(readFileSync(join(dir, 'people.json'), 'utf8'));
    expect(people.at(-1)).toEqual({
      id: 'test-person',
      type: 'person',
      names: { uk: ['Тест Тестенко', 'Тестенко'], ru: ['Тест Тестенко'], en: ['Test Testenko'] },
      country: 'ukraine',
      sources: 'unit test',
    });
    expect(run('--check', '--data', dir).code).toBe(0);
  });

  it('refuses an entity whose name belongs to another one, and leaves the file alone', () => {
    const dir = copyOfData();
    const before = readFileSync(join(dir, 'people.json'), 'utf8');
    const r = run('--file', 'people', '--id', 'putin-2', '--type', 'person', '--uk', 'Путін', '--ru', 'Путин', '--en', 'Putin', '--sources', 't', '--data', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('not added');
    expect(readFileSync(join(dir, 'people.json'), 'utf8')).toBe(before);
  });
});
