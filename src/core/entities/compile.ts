/**
 * Compiles entity data into the matcher's index: every surface form (names, generated case forms,
 * adjectives, metonyms, roles) keyed by its token key, plus, per first token, the longest form that
 * starts with it, so matching probes a Map a few times per token instead of scanning names.
 */
import type { EntityData, NameLang, Via } from './entity-types';
import { inflectAdjective, inflectName } from './inflect';
import { firstTokenEnd, normalizeName } from './normalize';

/** Language bits of a form: matching uk text skips ru-only forms and vice versa. */
export const LANG_BIT: Record<NameLang, number> = { uk: 1, ru: 2, en: 4 };
const LANGS: NameLang[] = ['uk', 'ru', 'en'];
const ENTITY_TYPES = new Set(['country', 'person', 'org', 'media', 'place', 'gov-body']);

/** Lower rank wins when one surface reaches an entity several ways. */
export const VIA_RANK: Record<Via, number> = { name: 0, alias: 1, role: 2, metonym: 3, adjective: 4 };

/**
 * One way a key reaches an entity, packed into a small integer so the index holds numbers rather
 * than objects (fewer allocations at load): entity index << 6 | via rank << 3 | language bits.
 */
export type Hit = number;

/** Packs a hit. */
export function packHit(e: number, via: Via, mask: number): Hit {
  return (e << 6) | (VIA_RANK[via] << 3) | mask;
}
/** Entity index of a hit. */
export const hitEntity = (h: Hit): number => h >>> 6;
/** Language bits of a hit. */
export const hitMask = (h: Hit): number => h & 7;
/** How the hit was recognised. */
export const hitVia = (h: Hit): Via => VIAS[(h >>> 3) & 7]!;
const VIAS: Via[] = ['name', 'alias', 'role', 'metonym', 'adjective'];

export interface CompiledIndex {
  entities: EntityData[];
  byId: Map<string, number>;
  /** Key → one hit, or several when the surface is shared (ambiguous aliases, role holders). */
  keys: Map<string, Hit | Hit[]>;
  /**
   * First token → the length in characters of the longest key starting with it, for keys of more
   * than one token only (a one-token key is looked up directly; most keys are one token).
   */
  firstMax: Map<string, number>;
  /** Number of surface forms added (before dedupe by key). */
  forms: number;
  /** LANG_BIT of the languages compiled so far. */
  langs: number;
}

/** Merges two hits on the same entity: best via, union of languages. */
function mergeHit(a: Hit, b: Hit): Hit {
  return (a & ~63) | (Math.min(a & 56, b & 56)) | ((a | b) & 7);
}

function check(e: EntityData, i: number, byId: Map<string, number>): void {
  const where = `entity #${i}${e && typeof e.id === 'string' ? ` (${e.id})` : ''}`;
  if (!e || typeof e !== 'object') throw new Error(`${where}: not an object`);
  if (typeof e.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id)) throw new Error(`${where}: id must be kebab-case`);
  if (byId.has(e.id)) throw new Error(`${where}: duplicate id`);
  if (!ENTITY_TYPES.has(e.type)) throw new Error(`${where}: unknown type ${String(e.type)}`);
  if (!e.names || !LANGS.some((l) => Array.isArray(e.names[l]) && e.names[l]!.length > 0)) throw new Error(`${where}: no names`);
}

/**
 * Builds the index for the given languages (all by default); throws an Error naming the entity
 * when the data is malformed. More languages can be added later with `addLanguage`, so a page in
 * Ukrainian never pays for generating the Russian case forms.
 */
export function compile(data: readonly EntityData[], langs: readonly NameLang[] = LANGS): CompiledIndex {
  const idx: CompiledIndex = { entities: [], byId: new Map(), keys: new Map(), firstMax: new Map(), forms: 0, langs: 0 };
  data.forEach((ent, e) => {
    check(ent, e, idx.byId);
    idx.entities.push(ent);
    idx.byId.set(ent.id, e);
  });
  for (const lang of langs) addLanguage(idx, lang);
  return idx;
}

/** Adds one language's surface forms of every entity to the index (once). */
export function addLanguage(idx: CompiledIndex, lang: NameLang): void {
  const bit = LANG_BIT[lang];
  if (idx.langs & bit) return;
  idx.langs |= bit;
  // `surface` is normalized already: names are normalized once, before inflection. When the
  // nominative's first word is a single token, so is every case form's (inflection only changes
  // letters), and the first token ends at the first space.
  let plainFirstWord = false;
  const startName = (nominative: string): void => {
    const space = nominative.indexOf(' ');
    plainFirstWord = firstTokenEnd(nominative) === (space < 0 ? nominative.length : space);
  };
  const add = (surface: string, e: number, via: Via): void => {
    const key = surface;
    let firstEnd: number;
    if (plainFirstWord) {
      const space = key.indexOf(' ');
      firstEnd = space < 0 ? key.length : space;
    } else firstEnd = firstTokenEnd(key);
    if (!firstEnd) return;
    idx.forms++;
    const hit = packHit(e, via, bit);
    const prev = idx.keys.get(key);
    if (prev === undefined) idx.keys.set(key, hit);
    else if (typeof prev === 'number') idx.keys.set(key, prev >>> 6 === e ? mergeHit(prev, hit) : [prev, hit]);
    else {
      const j = prev.findIndex((h) => h >>> 6 === e);
      if (j >= 0) prev[j] = mergeHit(prev[j]!, hit);
      else prev.push(hit);
    }
    if (firstEnd < key.length) {
      const first = key.slice(0, firstEnd);
      if ((idx.firstMax.get(first) ?? 0) < key.length) idx.firstMax.set(first, key.length);
    }
  };
  const declines = lang !== 'en';
  idx.entities.forEach((ent, e) => {
    const person = ent.type === 'person';
    const female = ent.gender === 'f';
    (ent.names[lang] ?? []).map(normalizeName).forEach((n, i) => {
      const via: Via = i === 0 ? 'name' : 'alias';
      startName(n);
      if (declines) for (const f of inflectName(n, lang, { person, female })) add(f, e, via);
      else addEnglish(n, (f) => add(f, e, via));
    });
    for (const m of (ent.metonyms?.[lang] ?? []).map(normalizeName)) {
      startName(m);
      if (declines) for (const f of inflectName(m, lang)) add(f, e, 'metonym');
      else addEnglish(m, (f) => add(f, e, 'metonym'));
    }
    for (const a of (ent.adjectives?.[lang] ?? []).map(normalizeName)) {
      startName(a);
      if (declines) for (const f of inflectAdjective(a, lang)) add(f, e, 'adjective');
      else add(a, e, 'adjective');
    }
    const roles = ent.roles?.[lang];
    if (Array.isArray(roles)) {
      for (const r of roles.map(normalizeName)) {
        startName(r);
        if (declines) for (const f of inflectName(r, lang)) add(f, e, 'role');
        else addEnglish(r, (f) => add(f, e, 'role'));
      }
    }
  });
}

/** English names are not inflected; "The Times" is also written "the Times" mid-sentence. */
function addEnglish(name: string, add: (form: string) => void): void {
  add(name);
  if (name.startsWith('The ')) add('the ' + name.slice(4));
}
