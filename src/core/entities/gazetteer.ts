/**
 * The entity gazetteer: finds mentions of countries, people, institutions and outlets in uk/ru/en
 * text and returns stable entity ids. Leftmost-longest over whole tokens, so "Генеральний секретар
 * НАТО" is one role mention rather than "НАТО", and "СШАх" or "антиросійський" match nothing.
 *
 * Case matters, with three tolerances: a capitalised word may match a lower-case form
 * (sentence-initial "Китайська" → the adjective), and ALL-CAPS text (headlines, tag lists) may match
 * in title or lower case ("РОСІЇ" → "Росії"). Lower-case proper names that Ukrainian media write on
 * purpose ("росія", "путін") are listed in the data, not guessed.
 */
import type { Lang } from '../types';
import type { EntityData, EntityMention, MatchOptions, NameLang, RoleHolder } from './entity-types';
import { type CompiledIndex, type Hit, LANG_BIT, addLanguage, compile, expandFor, hitEntity, hitMask, hitVia } from './compile';
import { normalizeText, tokenSpans, type Spans } from './normalize';
import { SpanMemo } from './span-memo';
import { pickHolder } from './role-holders';
import countries from './data/countries.json';
import places from './data/places.json';
import people from './data/people.json';
import institutions from './data/institutions.json';
import media from './data/media.json';

/** Which form languages a text language may match (English names appear in uk/ru text). */
const ALLOWED: Record<Lang, number> = {
  uk: LANG_BIT.uk | LANG_BIT.en,
  ru: LANG_BIT.ru | LANG_BIT.en,
  en: LANG_BIT.en | LANG_BIT.uk | LANG_BIT.ru,
  und: LANG_BIT.en | LANG_BIT.uk | LANG_BIT.ru,
};

type CaseMode = 'exact' | 'lower-first' | 'title' | 'lower';

/** Case of each UTF-16 code unit, filled on first sight: 0 not seen yet, then UPPER, LOWER or NO_CASE. */
const CASE_OF = new Uint8Array(0x10000);
const UPPER = 1;
const LOWER = 2;
const NO_CASE = 3;
/** The case class of the code unit `s[i]` (String#toLowerCase/toUpperCase allocate: memoised per code). */
function caseAt(s: string, i: number): number {
  if (i >= s.length) return NO_CASE;
  const code = s.charCodeAt(i);
  let k = CASE_OF[code]!;
  if (k === 0) {
    const c = s[i]!;
    k = c !== c.toLowerCase() && c === c.toUpperCase() ? UPPER : c !== c.toUpperCase() && c === c.toLowerCase() ? LOWER : NO_CASE;
    CASE_OF[code] = k;
  }
  return k;
}

/** Bound on the per-token memo (distinct tokens); past it the memo starts over (a long-lived worker sees many pages). */
const SINGLE_MEMO_MAX = 50_000;
/** One case reading of a token that may start a key of several tokens, looked up once. */
interface Reading {
  mode: CaseMode;
  /** The token read this way. */
  first: string;
  /** Length of the longest key of several tokens starting with `first`, if any. */
  maxChars: number | undefined;
  /** What `first` alone matches. */
  single: Hit[] | null;
}

/**
 * Memo value of a token some case reading of which starts a key of several tokens (the span must be
 * grown): its readings, so each match there does not transform and look the token up again.
 */
class MultiStart {
  constructor(readonly readings: readonly Reading[]) {}
}

const EXACT: CaseMode[] = ['exact'];
const CAPITALISED: CaseMode[] = ['exact', 'lower-first'];
const ALL_CAPS: CaseMode[] = ['exact', 'title', 'lower'];

/** The case readings worth trying for a span that starts with `t`. */
function modesFor(t: string): CaseMode[] {
  if (caseAt(t, 0) !== UPPER) return EXACT;
  if (t.length > 1 && caseAt(t, 1) === UPPER && t === t.toUpperCase()) return ALL_CAPS;
  return CAPITALISED;
}

/** The hits of `key` usable in text whose language allows `allowed`, or null. */
function usable(hits: Hit | Hit[] | undefined, allowed: number): Hit[] | null {
  if (hits === undefined) return null;
  if (typeof hits === 'number') return hitMask(hits) & allowed ? [hits] : null;
  const ok = hits.filter((h) => hitMask(h) & allowed);
  return ok.length ? ok : null;
}

function transform(t: string, mode: CaseMode, first: boolean): string {
  switch (mode) {
    case 'exact':
      return t;
    case 'lower-first':
      // A one-letter token reads as lower-case after it (as "a" would).
      return first && (t.length < 2 || caseAt(t, 1) === LOWER) ? t[0]!.toLowerCase() + t.slice(1) : t;
    case 'title':
      return t === t.toUpperCase() ? t[0]! + t.slice(1).toLowerCase() : t;
    case 'lower':
      return t === t.toUpperCase() ? t.toLowerCase() : t;
  }
}

/** Best via first (bits 3-5), then data order (the entity index in the high bits). */
const BEST_FIRST = (a: Hit, b: Hit): number => (a & 56) - (b & 56) || a - b;

/** A compiled gazetteer. Build one with `loadGazetteer()` (shared) or `buildGazetteer(data)`. */
export class Gazetteer {
  /**
   * Per language mask, what a token alone matches when no key of several tokens can start with it
   * (almost every token): its hits, null, or its case readings (MultiStart). Valid while the index holds `memoForms` forms
   * (expanding a bucket adds forms, new keys or hits merged into old ones; then the memo starts over).
   */
  private single = new Map<number, SpanMemo<Hit[] | null | MultiStart>>();
  private memoForms = -1;

  constructor(private readonly index: CompiledIndex) {}

  /** Compiles the forms of the languages in `mask` that are not compiled yet. */
  private ensure(mask: number): void {
    if ((this.index.langs & mask) === mask) return;
    for (const l of ['uk', 'ru', 'en'] as const) if (mask & LANG_BIT[l]) addLanguage(this.index, l);
  }

  /** Number of entities. */
  get size(): number {
    return this.index.entities.length;
  }

  /** Surface forms compiled (inflections included) and distinct lookup keys. */
  get stats(): { entities: number; forms: number; keys: number } {
    return { entities: this.index.entities.length, forms: this.index.forms, keys: this.index.keys.size };
  }

  /** The entity with this id, or undefined. */
  get(id: string): EntityData | undefined {
    const i = this.index.byId.get(id);
    return i === undefined ? undefined : this.index.entities[i];
  }

  /** Display name in `lang` (falling back to English, then any language, then the id). */
  name(id: string, lang: Lang = 'en'): string {
    const e = this.get(id);
    if (!e) return id;
    const order: NameLang[] = lang === 'und' ? ['en', 'uk', 'ru'] : [lang, 'en', 'uk', 'ru'];
    for (const l of order) {
      const n = e.names[l]?.[0];
      if (n) return n;
    }
    return id;
  }

  /** Entity mentions in `text`, leftmost-longest, in text order. */
  match(text: string, lang: Lang = 'und', opts: MatchOptions = {}): EntityMention[] {
    if (typeof text !== 'string' || !text) return [];
    const allowed = ALLOWED[lang] ?? ALLOWED.und;
    this.ensure(allowed);
    const norm = normalizeText(text);
    const tokens = tokenSpans(norm);
    const n = tokens.start.length;
    const out: EntityMention[] = [];
    let memo = this.memoFor(allowed);
    for (let i = 0; i < n; ) {
      const a = tokens.start[i]!;
      const b = tokens.end[i]!;
      const h = tokens.hash[i]!;
      let v = memo.get(norm, a, b, h);
      if (v === undefined) {
        const t = norm.slice(a, b);
        // A token in the memo has had its buckets expanded already (expanding clears the memo).
        expandFor(this.index, t, allowed);
        memo = this.memoFor(allowed);
        v = this.singleAt(t, allowed);
        if (memo.size >= SINGLE_MEMO_MAX) memo.clear();
        memo.set(t, h, v);
      }
      if (v === null) {
        i++;
        continue;
      }
      // A one-token hit (most hits) needs no span search and no result object.
      let end = i + 1;
      let hits: Hit[];
      if (!(v instanceof MultiStart)) hits = v;
      else {
        const found = this.longestAt(norm, tokens, i, v, allowed);
        if (!found) {
          i++;
          continue;
        }
        end = i + found.length;
        hits = found.hits;
      }
      out.push(this.mention(text, tokens.start[i]!, tokens.end[end - 1]!, hits, opts));
      i = end;
    }
    return out;
  }

  /** The per-token memo for `allowed`, emptied first if the index gained forms since it was filled. */
  private memoFor(allowed: number): SpanMemo<Hit[] | null | MultiStart> {
    if (this.memoForms !== this.index.forms) {
      this.single.clear();
      this.memoForms = this.index.forms;
    }
    let memo = this.single.get(allowed);
    if (!memo) this.single.set(allowed, (memo = new SpanMemo()));
    return memo;
  }

  /**
   * What token `t` alone matches (the first case reading with usable hits), or its readings when a
   * longer key may start with it.
   */
  private singleAt(t: string, allowed: number): Hit[] | null | MultiStart {
    const readings: Reading[] = [];
    let multi = false;
    for (const mode of modesFor(t)) {
      const first = transform(t, mode, true);
      const maxChars = this.index.firstMax.get(first);
      if (maxChars !== undefined) multi = true;
      readings.push({ mode, first, maxChars, single: usable(this.index.keys.get(first), allowed) });
    }
    if (multi) return new MultiStart(readings);
    for (const r of readings) if (r.single) return r.single;
    return null;
  }

  /** The longest span starting at token i of `norm` (whose readings are `start`) whose key is in the index. */
  private longestAt(norm: string, tokens: Spans, i: number, start: MultiStart, allowed: number): { length: number; hits: Hit[] } | null {
    const n = tokens.start.length;
    let best: { length: number; hits: Hit[] } | null = null;
    for (const { mode, first, maxChars, single } of start.readings) {
      if (maxChars === undefined || !this.mayGrow(norm, tokens, i, mode)) {
        // No key of several tokens starts with this reading (or goes on with the next token): what it matches alone.
        if (best) continue;
        if (single) best = { length: 1, hits: single };
        continue;
      }
      // Grow the span while its key can still fit the longest key starting with this token.
      const keys: string[] = [first];
      let key = first;
      for (let k = i + 1; k < n; k++) {
        key += (tokens.start[k]! > tokens.end[k - 1]! ? ' ' : '') + transform(norm.slice(tokens.start[k], tokens.end[k]), mode, false);
        if (key.length > maxChars) break;
        keys.push(key);
        // No key goes on from here: stop growing (each longer span would cost a lookup of a fresh string).
        if (!this.index.prefixes.has(key)) break;
      }
      for (let len = keys.length; len > (best?.length ?? 0); len--) {
        const ok = len === 1 ? single : usable(this.index.keys.get(keys[len - 1]!), allowed);
        if (ok) {
          best = { length: len, hits: ok };
          break;
        }
      }
    }
    return best;
  }

  /**
   * False when no key of several tokens has token i + 1 of `norm` for its second token (read in `mode`),
   * so the span at i cannot grow; true when it may (then the grown keys are built and looked up).
   */
  private mayGrow(norm: string, tokens: Spans, i: number, mode: CaseMode): boolean {
    const k = i + 1;
    if (k >= tokens.start.length) return false;
    // Title and lower-case readings transform the next token too: no span to probe by.
    if (mode === 'title' || mode === 'lower') return true;
    const { spaced, touching } = this.index.seconds;
    return (tokens.start[k]! > tokens.end[i]! ? spaced : touching).get(norm, tokens.start[k]!, tokens.end[k]!, tokens.hash[k]!) !== undefined;
  }

  private mention(text: string, start: number, end: number, hits: Hit[], opts: MatchOptions): EntityMention {
    // One hit (almost every mention): no ranking, and no other ids to list as `alt`.
    return hits.length === 1 ? this.oneHit(text, start, end, hits[0]!, opts) : this.ranked(text, start, end, hits, opts);
  }

  /** The mention of a span with any number of hits: the best one names it, the others are `alt`. */
  private ranked(text: string, start: number, end: number, hits: Hit[], opts: MatchOptions): EntityMention {
    const ranked = [...hits].sort(BEST_FIRST);
    const top = ranked[0]!;
    const m: EntityMention = { id: this.index.entities[hitEntity(top)]!.id, start, end, surface: text.slice(start, end), via: hitVia(top) };
    if (m.via === 'role') {
      const holders: RoleHolder[] = [];
      for (const h of ranked) if (hitVia(h) === 'role') holders.push(this.holder(h));
      m.holders = holders;
      m.id = pickHolder(holders, opts.date)?.id ?? m.id;
    }
    // One entity may hit by several paths (a name in one language, an alias in another): name it once.
    // (Most spans with several hits are one entity by several paths, and have no `alt`.)
    let alt: string[] | undefined;
    for (const h of ranked) {
      const id = this.index.entities[hitEntity(h)]!.id;
      if (id !== m.id && !alt?.includes(id)) (alt ??= []).push(id);
    }
    if (alt) m.alt = alt;
    return m;
  }

  /** `ranked` for a single hit, without its arrays and Set: the same mention (its one holder is its own entity, so no `alt`). */
  private oneHit(text: string, start: number, end: number, hit: Hit, opts: MatchOptions): EntityMention {
    const id = this.index.entities[hitEntity(hit)]!.id;
    const m: EntityMention = { id, start, end, surface: text.slice(start, end), via: hitVia(hit) };
    if (m.via === 'role') {
      const holders = [this.holder(hit)];
      m.holders = holders;
      m.id = pickHolder(holders, opts.date)?.id ?? id;
    }
    return m;
  }

  /** The role holder a role hit names, with its period. */
  private holder(h: Hit): RoleHolder {
    const e = this.index.entities[hitEntity(h)]!;
    const r: RoleHolder = { id: e.id };
    if (e.roles?.from !== undefined) r.from = e.roles.from;
    if (e.roles?.to !== undefined) r.to = e.roles.to;
    return r;
  }
}

/** Every entity shipped in data/*.json, in file order. */
export function shippedData(): EntityData[] {
  return [countries, places, people, institutions, media].flat() as unknown as EntityData[];
}

/**
 * Builds a fresh gazetteer from entity data (throws a clear Error on malformed data). `langs`
 * limits which languages are set up now (others on the first `match` that needs them); uk/ru case
 * forms are generated lazily, bucket by bucket, unless `eager` generates them all now.
 */
export function buildGazetteer(data: readonly EntityData[], langs?: readonly NameLang[], eager = false): Gazetteer {
  return new Gazetteer(compile(data, langs, eager));
}

let shared: Gazetteer | undefined;

/**
 * The gazetteer over the shipped data, built once and cached. Languages' forms compile lazily, on
 * the first `match` in a language that needs them.
 */
export function loadGazetteer(): Gazetteer {
  return (shared ??= buildGazetteer(shippedData(), []));
}
