/**
 * The claim detector's imports from the text and entity modules, in one place, plus the small adapter
 * that gives the detector an entity's kind (the gazetteer's `gov-body` becomes `gov`).
 */
import type { Lang } from '../types';
import { loadGazetteer } from '../entities/gazetteer';
import type { EntityType } from '../entities/entity-types';

export { splitSentences } from '../text/segment';
export { tokenize, words, type Token } from '../text/tokenize';
export { quoteSpans, type QuoteSpan } from '../text/quote-spans';

/** An entity mention (the gazetteer's match shape). */
export type { EntityMention as EntityHit } from '../entities/entity-types';
import type { EntityMention as EntityHit } from '../entities/entity-types';

/** What the detector needs to know about an entity. */
export type EntityKind = 'person' | 'org' | 'gov' | 'media' | 'country' | 'place' | 'other';

export { parseNumbers } from '../text/numbers';
export { mayHoldNumberWord } from '../text/number-words';
export { mayHoldDayWord, mayHoldMonthWord, parseDates } from '../text/dates';
export { detectLang } from '../text/lang';
export { forgetPlainLower, plainLowerWithin } from '../text/plain-case';

/** The gazetteer's match and entity kinds, as the detector uses them. */
export interface Gazetteer {
  match(text: string, lang?: Lang, date?: string): EntityHit[];
  kind(id: string): EntityKind;
  /** Every name and role noun of the entity in every language, lower-cased (for definite descriptions). */
  descriptions(id: string): readonly string[];
  /** The entity's role nouns alone ("речник Кремля"), lower-cased; empty when the data lists none. */
  offices(id: string): readonly string[];
}

const KIND_OF: Record<EntityType, EntityKind> = { person: 'person', org: 'org', 'gov-body': 'gov', media: 'media', country: 'country', place: 'place' };

let gaz: Gazetteer | null = null;
/** Whether the shared gazetteer exists yet (the sliced detector gives its build a slice of its own). */
export function gazetteerBuilt(): boolean {
  return gaz !== null;
}

/** The shared gazetteer (built on first use). */
export function gazetteer(): Gazetteer {
  if (gaz) return gaz;
  const g = loadGazetteer();
  const described = new Map<string, string[]>();
  const offices = new Map<string, string[]>();
  gaz = {
    match: (text, lang, date) => g.match(text, lang, date ? { date } : {}),
    kind: (id) => {
      const t = g.get(id)?.type;
      return t ? KIND_OF[t] : 'other';
    },
    descriptions: (id) => {
      let d = described.get(id);
      if (d) return d;
      const e = g.get(id);
      d = [];
      for (const l of ['uk', 'ru', 'en'] as const) for (const n of [...(e?.names[l] ?? []), ...(e?.roles?.[l] ?? [])]) d.push(n.toLowerCase());
      described.set(id, d);
      return d;
    },
    // Kept per id like descriptions: the same list object each time (coref.ts keeps its words per list).
    offices: (id) => {
      let o = offices.get(id);
      if (o) return o;
      const r = g.get(id)?.roles;
      o = r ? [...(r.uk ?? []), ...(r.ru ?? []), ...(r.en ?? [])].map((x) => x.toLowerCase()) : [];
      offices.set(id, o);
      return o;
    },
  };
  return gaz;
}
