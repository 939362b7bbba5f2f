#!/usr/bin/env node
// Validates the entity gazetteer's data (src/core/entities/data/*.json) and appends new entities.
//
//   node test/tools/add-entity.mjs --check [--data DIR]
//       Validate every data file. Exit 0 when clean, 1 when problems were found (one per line on
//       stderr), 2 when a file cannot be read or parsed.
//
//   node test/tools/add-entity.mjs --file people --id kaja-kallas --type person \
//       --uk "Кая Каллас,Каллас" --ru "Кая Каллас,Каллас" --en "Kaja Kallas,Kallas" \
//       [--country estonia] [--gender f] [--adj-uk китайський] [--adj-ru …] [--adj-en …] \
//       [--metonym-uk Пекін] [--metonym-ru …] [--metonym-en …] \
//       [--role-uk "генсек НАТО"] [--role-ru …] [--role-en …] [--from 2024] [--to 2026-01-31] \
//       [--ambiguous "Мадяр"] --sources "where the names come from" [--dry-run] [--data DIR]
//       Build the entity from flags (lists are comma-separated, canonical name first; give uk/ru
//       names in the nominative only: case forms are generated at load), validate the whole data
//       set with it, and append it to DIR/<file>.json unless --dry-run.
//
// Rules checked: ids unique and kebab-case; type known; names in uk, ru and en; `country` points to
// an existing entity; role periods well-formed; no word mixing Cyrillic and Latin letters (a typo
// that matches nothing); no surface (name, metonym, adjective, role) shared by two entities unless
// both list it in `ambiguous`, or both use it as a role in periods that do not overlap.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_DATA = fileURLToPath(new URL('../../src/core/entities/data/', import.meta.url));
const TYPES = new Set(['country', 'person', 'org', 'media', 'place', 'gov-body']);
const LANGS = ['uk', 'ru', 'en'];
const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Same normalization as src/core/entities/normalize.ts (apostrophes, hyphens, ё, spaces). */
function norm(s) {
  return s
    .replace(/[\u2019\u2018\u02bc\u02b9\u0060\u00b4\u2032\u02c8\uff07]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/ё/g, 'е')
    .replace(/Ё/g, 'Е')
    .trim()
    .replace(/\s+/g, ' ');
}

function startOf(v) {
  if (v === undefined) return '0000';
  return typeof v === 'number' ? `${v}-01-01` : String(v);
}
function endOf(v) {
  if (v === undefined) return '9999';
  return typeof v === 'number' ? `${v}-12-31~` : String(v);
}
function overlaps(a, b) {
  return startOf(a.from) < endOf(b.to) && startOf(b.from) < endOf(a.to);
}

/** Reads every *.json file in `dir`: [{file, entities}]; throws with the file name on bad JSON. */
export function readData(dir = DEFAULT_DATA) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      let entities;
      try {
        entities = JSON.parse(text);
      } catch (err) {
        throw new Error(`${f}: not valid JSON (${err.message})`, { cause: err });
      }
      if (!Array.isArray(entities)) throw new Error(`${f}: must hold a JSON array of entities`);
      return { file: f.replace(/\.json$/, ''), entities };
    });
}

/** Every problem with the data set, as human-readable lines (empty when clean). */
export function validate(files) {
  const problems = [];
  const all = files.flatMap(({ file, entities }) => entities.map((e, i) => ({ file, i, e })));
  const ids = new Map();
  for (const { file, i, e } of all) {
    const where = `${file}.json #${i}${e && typeof e.id === 'string' ? ` (${e.id})` : ''}`;
    if (!e || typeof e !== 'object' || Array.isArray(e)) {
      problems.push(`${where}: not an object`);
      continue;
    }
    if (typeof e.id !== 'string' || !ID_RE.test(e.id)) problems.push(`${where}: id must be kebab-case`);
    else if (ids.has(e.id)) problems.push(`${where}: duplicate id (also ${ids.get(e.id)})`);
    else ids.set(e.id, where);
    if (!TYPES.has(e.type)) problems.push(`${where}: unknown type ${JSON.stringify(e.type)}`);
    for (const l of LANGS) {
      const names = e.names?.[l];
      if (!Array.isArray(names) || names.length === 0 || names.some((n) => typeof n !== 'string' || !n.trim())) {
        problems.push(`${where}: names.${l} must be a non-empty list of strings`);
      }
    }
    if (typeof e.sources !== 'string' || !e.sources.trim()) problems.push(`${where}: sources must say where the names come from`);
    if (e.gender !== undefined && e.gender !== 'f' && e.gender !== 'm') problems.push(`${where}: gender must be "f" or "m"`);
    for (const k of ['from', 'to']) {
      const v = e.roles?.[k];
      if (v !== undefined && !(typeof v === 'number' || (typeof v === 'string' && DATE_RE.test(v)))) {
        problems.push(`${where}: roles.${k} must be a year or an ISO date`);
      }
    }
    if (e.roles && startOf(e.roles.from) > endOf(e.roles.to)) problems.push(`${where}: roles.from is after roles.to`);
    for (const s of surfaces(e)) {
      if (/[а-яіїєґ][a-z]|[a-z][а-яіїєґ]/i.test(s.text)) problems.push(`${where}: "${s.text}" mixes Cyrillic and Latin letters`);
    }
  }
  for (const { file, i, e } of all) {
    if (e && e.country !== undefined && !ids.has(e.country)) problems.push(`${file}.json #${i} (${e.id}): country "${e.country}" is not an entity id`);
  }
  // Shared surfaces.
  const owners = new Map();
  for (const { e } of all) {
    if (!e || typeof e !== 'object') continue;
    for (const s of surfaces(e)) {
      const key = norm(s.text);
      const list = owners.get(key) ?? [];
      if (!list.some((o) => o.e.id === e.id)) list.push({ e, kind: s.kind });
      owners.set(key, list);
    }
  }
  for (const [key, list] of owners) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const x = list[a];
        const y = list[b];
        const marked = (o) => (o.e.ambiguous ?? []).some((s) => norm(s) === key);
        if (marked(x) && marked(y)) continue;
        if (x.kind === 'role' && y.kind === 'role' && !overlaps(x.e.roles, y.e.roles)) continue;
        problems.push(`"${key}" is a ${x.kind} of ${x.e.id} and a ${y.kind} of ${y.e.id}: list it in "ambiguous" of both, or remove one`);
      }
    }
  }
  return problems;
}

function surfaces(e) {
  const out = [];
  for (const [field, kind] of [['names', 'name'], ['metonyms', 'metonym'], ['adjectives', 'adjective'], ['roles', 'role']]) {
    for (const l of LANGS) {
      const list = e[field]?.[l];
      if (Array.isArray(list)) for (const t of list) if (typeof t === 'string') out.push({ text: t, kind });
    }
  }
  return out;
}

function parseArgs(argv) {
  const flags = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const k = a.slice(2);
    if (['check', 'dry-run', 'help'].includes(k)) flags[k] = true;
    else if (i + 1 >= argv.length) throw new Error(`--${k} needs a value`);
    else flags[k] = argv[++i];
  }
  return flags;
}

const list = (v) => (v === undefined ? undefined : v.split(',').map((s) => s.trim()).filter(Boolean));

/** Builds an entity object from command-line flags (key order as in the shipped data). */
export function entityFromFlags(f) {
  const perLang = (prefix) => {
    const o = {};
    for (const l of LANGS) {
      const v = list(f[`${prefix}-${l}`]);
      if (v?.length) o[l] = v;
    }
    return Object.keys(o).length ? o : undefined;
  };
  const year = (v) => (v === undefined ? undefined : /^\d{4}$/.test(v) ? Number(v) : v);
  const e = { id: f.id, type: f.type, names: {} };
  for (const l of LANGS) {
    const v = list(f[l]);
    if (v?.length) e.names[l] = v;
  }
  const adjectives = perLang('adj');
  const metonyms = perLang('metonym');
  const roles = perLang('role');
  if (adjectives) e.adjectives = adjectives;
  if (metonyms) e.metonyms = metonyms;
  if (roles) {
    if (f.from !== undefined) roles.from = year(f.from);
    if (f.to !== undefined) roles.to = year(f.to);
    e.roles = roles;
  }
  if (f.country) e.country = f.country;
  if (f.gender) e.gender = f.gender;
  if (f.ambiguous) e.ambiguous = list(f.ambiguous);
  e.sources = f.sources;
  return e;
}

function main() {
  let flags;
  try {
    flags = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`add-entity: ${err.message}`);
    return 2;
  }
  const dir = flags.data ?? DEFAULT_DATA;
  if (flags.help || (!flags.check && !flags.id)) {
    console.error('usage: node test/tools/add-entity.mjs --check [--data DIR] | --file NAME --id ID --type TYPE --uk … --ru … --en … --sources … [more, see the header]');
    return flags.help ? 0 : 2;
  }
  let files;
  try {
    files = readData(dir);
  } catch (err) {
    console.error(`add-entity: ${err.message}`);
    return 2;
  }
  if (flags.check) {
    const problems = validate(files);
    for (const p of problems) console.error(p);
    const n = files.reduce((s, f) => s + f.entities.length, 0);
    if (problems.length) {
      console.error(`${problems.length} problem(s) in ${n} entities`);
      return 1;
    }
    console.log(`ok: ${n} entities in ${files.length} files`);
    return 0;
  }
  if (!flags.file) {
    console.error('add-entity: --file is required (countries, places, people, institutions, media, or a new name)');
    return 2;
  }
  const entity = entityFromFlags(flags);
  let target = files.find((f) => f.file === flags.file);
  if (!target) files.push((target = { file: flags.file, entities: [] }));
  target.entities.push(entity);
  const problems = validate(files);
  if (problems.length) {
    for (const p of problems) console.error(p);
    console.error('not added');
    return 1;
  }
  const text = '[\n' + target.entities.map((e) => JSON.stringify(e)).join(',\n') + '\n]\n';
  if (!flags['dry-run']) writeFileSync(join(dir, `${flags.file}.json`), text);
  console.log(`${flags['dry-run'] ? 'would add' : 'added'} to ${flags.file}.json: ${JSON.stringify(entity)}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
