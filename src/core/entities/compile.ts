/**
 * Compiles entity data into the matcher's index: every surface form (names, generated case forms,
 * adjectives, metonyms, roles) keyed by its token key, plus, per first token, the longest form that
 * starts with it, so matching probes a Map a few times per token instead of scanning names.
 *
 * Inflection is the expensive part, so uk/ru names wait in buckets keyed by their first letters
 * and are inflected the first time text shows a word from their bucket: a page pays for the
 * names that could occur in it, not for all 500 entities in two languages.
 */
import type { EntityData, NameLang, Via } from './entity-types';
import { inflectAdjective, inflectName } from './inflect';
import { firstTokenEnd, normalizeName, secondToken } from './normalize';
import { SpanMemo, spanHash } from './span-memo';

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
  /**
   * Every start of a key of several tokens that ends where a token may end (before a space, next to
   * a character that is not a letter or digit): a span whose key is not here can grow into no key,
   * so the matcher stops growing it. A superset of the token ends, which is all correctness needs.
   */
  prefixes: Set<string>;
  /**
   * The second token of every key of several tokens, after a space (`spaced`) or touching the first
   * (`touching`, "Інтерфакс-Україна"): a span whose next token is in neither can grow into no key, and
   * the matcher finds that by the token's span, without building the grown key's string.
   */
  seconds: { spaced: SpanMemo<true>; touching: SpanMemo<true> };
  /** Number of surface forms added (before dedupe by key). */
  forms: number;
  /** LANG_BIT of the languages added so far (English compiled, uk/ru queued). */
  langs: number;
  /** uk/ru surfaces not inflected yet, by bucket (see `bucketOf`). */
  pending: Map<string, Pending[]>;
  /**
   * Text token → the language bits `expandFor` has already expanded its buckets for, so a token seen
   * again costs one Map probe instead of a lowercasing and two bucket probes. Cleared when a language
   * queues new surfaces, and when it grows past EXPANDED_MAX (a long-lived worker sees many pages).
   */
  expanded: Map<string, number>;
}

/** Bound on `expanded` (distinct tokens); past it the memo starts over. */
const EXPANDED_MAX = 50_000;

/** A surface waiting to be inflected. */
interface Pending {
  e: number;
  via: Via;
  lang: NameLang;
  /** Normalized nominative. */
  text: string;
}

/**
 * Whether `b` can merge into `a`: the same entity by the same path (then only the languages add up).
 * Hits of one entity by different paths stay apart, so a text's language sees only its own path:
 * the uk alias "Го Цзякунь" must not read as the ru name of the same spelling in uk text, or the
 * answer would depend on whether the ru forms happened to be built yet (they are built lazily).
 */
function sameEntityAndVia(a: Hit, b: Hit): boolean {
  return a >>> 3 === b >>> 3;
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
 * when the data is malformed. English forms are added at once; uk/ru names are queued by bucket
 * and inflected when text first shows a word of their bucket (`expandFor`), unless `eager`.
 */
export function compile(data: readonly EntityData[], langs: readonly NameLang[] = LANGS, eager = false): CompiledIndex {
  const idx: CompiledIndex = {
    entities: [],
    byId: new Map(),
    keys: new Map(),
    firstMax: new Map(),
    prefixes: new Set(),
    seconds: { spaced: new SpanMemo(), touching: new SpanMemo() },
    forms: 0,
    langs: 0,
    pending: new Map(),
    expanded: new Map(),
  };
  data.forEach((ent, e) => {
    check(ent, e, idx.byId);
    idx.entities.push(ent);
    idx.byId.set(ent.id, e);
  });
  for (const lang of langs) addLanguage(idx, lang, eager);
  return idx;
}

/**
 * The bucket of a word: its first two letters, lower-cased, or three for words of five letters and
 * more. Declension changes only the last two letters of such words (Прага → Празі, Київ → Києва),
 * so every case form of a name falls in the bucket of its nominative.
 */
export function bucketOf(firstToken: string): string {
  const l = firstToken.toLowerCase();
  return l.slice(0, l.length <= 4 ? 2 : 3);
}

/** Adds (English) or queues (uk/ru) one language's surfaces of every entity, once. */
export function addLanguage(idx: CompiledIndex, lang: NameLang, eager = false): void {
  const bit = LANG_BIT[lang];
  if (idx.langs & bit) return;
  idx.langs |= bit;
  const now = eager || lang === 'en';
  if (!now) idx.expanded.clear();
  idx.entities.forEach((ent, e) => {
    const queue = (list: string[] | undefined, via: (i: number) => Via): void => {
      if (!Array.isArray(list)) return;
      list.forEach((raw, i) => {
        const p: Pending = { e, via: via(i), lang, text: normalizeName(raw) };
        if (!p.text) return;
        if (now) return expand(idx, p);
        const bucket = bucketOf(p.text.slice(0, firstTokenEnd(p.text)));
        const q = idx.pending.get(bucket);
        if (q) q.push(p);
        else idx.pending.set(bucket, [p]);
      });
    };
    queue(ent.names[lang], (i) => (i === 0 ? 'name' : 'alias'));
    queue(ent.metonyms?.[lang], () => 'metonym');
    queue(ent.adjectives?.[lang], () => 'adjective');
    queue(ent.roles?.[lang], () => 'role');
  });
}

/**
 * Inflects the queued names whose bucket a text token falls in (tokens of two to four letters can
 * only be forms of short nominatives; longer ones of either). Only languages in `allowed` expand.
 */
export function expandFor(idx: CompiledIndex, token: string, allowed: number): void {
  if (idx.pending.size === 0) return;
  const done = idx.expanded.get(token) ?? 0;
  if ((done & allowed) === allowed) return;
  const l = token.toLowerCase();
  expandBucket(idx, l.slice(0, 2), allowed);
  if (l.length >= 3) expandBucket(idx, l.slice(0, 3), allowed);
  if (idx.expanded.size >= EXPANDED_MAX) idx.expanded.clear();
  idx.expanded.set(token, done | allowed);
}

function expandBucket(idx: CompiledIndex, bucket: string, allowed: number): void {
  const q = idx.pending.get(bucket);
  if (!q) return;
  const keep = q.filter((p) => !(LANG_BIT[p.lang] & allowed));
  for (const p of q) if (LANG_BIT[p.lang] & allowed) expand(idx, p);
  if (keep.length) idx.pending.set(bucket, keep);
  else idx.pending.delete(bucket);
}

/** Adds every form of one surface to the index. */
function expand(idx: CompiledIndex, p: Pending): void {
  const ent = idx.entities[p.e]!;
  const bit = LANG_BIT[p.lang];
  // When the nominative's first word is a single token, so is every case form's (inflection only
  // changes letters), and the first token ends at the first space.
  const space = p.text.indexOf(' ');
  const plain = firstTokenEnd(p.text) === (space < 0 ? p.text.length : space);
  const add = (key: string): void => addForm(idx, key, packHit(p.e, p.via, bit), plain);
  if (p.lang === 'en') {
    add(p.text);
    if (p.text.startsWith('The ')) add('the ' + p.text.slice(4)); // "the Times" mid-sentence
  } else if (p.via === 'adjective') {
    for (const f of inflectAdjective(p.text, p.lang)) add(f);
  } else {
    const person = ent.type === 'person' && (p.via === 'name' || p.via === 'alias');
    for (const f of inflectName(p.text, p.lang, { person, female: person && ent.gender === 'f' })) add(f);
  }
}

function addForm(idx: CompiledIndex, key: string, hit: Hit, plain: boolean): void {
  let firstEnd: number;
  if (plain) {
    const space = key.indexOf(' ');
    firstEnd = space < 0 ? key.length : space;
  } else firstEnd = firstTokenEnd(key);
  if (!firstEnd) return;
  idx.forms++;
  const prev = idx.keys.get(key);
  if (prev === undefined) idx.keys.set(key, hit);
  else if (typeof prev === 'number') idx.keys.set(key, sameEntityAndVia(prev, hit) ? prev | hit : [prev, hit]);
  else {
    const j = prev.findIndex((h) => sameEntityAndVia(h, hit));
    if (j >= 0) prev[j] = prev[j]! | hit;
    else prev.push(hit);
  }
  if (firstEnd < key.length) {
    const first = key.slice(0, firstEnd);
    if ((idx.firstMax.get(first) ?? 0) < key.length) idx.firstMax.set(first, key.length);
    addPrefixes(idx.prefixes, key, firstEnd);
    addSecond(idx.seconds, key);
  }
}

/** Notes the second token of `key` in `seconds`, as the matcher's tokenizer splits it ("China's" is "China" + "'s"). */
function addSecond(seconds: CompiledIndex['seconds'], key: string): void {
  const second = secondToken(key);
  if (!second) return;
  const [from, to] = second;
  // The matcher joins tokens that whitespace separated with one space (names are normalized so).
  const memo = key.charCodeAt(from - 1) === 32 ? seconds.spaced : seconds.touching;
  const h = spanHash(key, from, to);
  if (memo.get(key, from, to, h) === undefined) memo.set(key.slice(from, to), h, true);
}

/** Letter or digit for sure (normalize.ts's word characters in the ranges names use); false when unsure. */
function surelyWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (c >= 0x400 && c <= 0x52f) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * Adds the starts of `key` past its first token (the matcher looks those up in firstMax) that end
 * where a token may end. Two tokens touch only when one is
 * punctuation (or at a split-off "'s"), so every token end has a space or a non-word character on
 * one side of it; "unsure" counts as non-word, which can only add starts.
 */
function addPrefixes(out: Set<string>, key: string, firstEnd: number): void {
  for (let p = firstEnd + 1; p < key.length; p++) {
    const before = key.charCodeAt(p - 1);
    if (before === 32) continue; // the matcher adds a space only together with the next token
    if (!surelyWordChar(before) || !surelyWordChar(key.charCodeAt(p))) out.add(key.slice(0, p));
  }
}
