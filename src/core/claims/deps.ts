/**
 * The claim detector's imports from the text and entity modules, in one place.
 * TEMPORARY: the parts marked "shim" below (numbers, dates) are stand-ins until src/core/text/numbers.ts
 * and src/core/text/dates.ts land; each is replaced by a plain re-export of the real module.
 */
import type { Lang } from '../types';
import { loadGazetteer } from '../entities/gazetteer';
import type { EntityType } from '../entities/entity-types';

export { splitSentences, type Sentence } from '../text/segment';
export { tokenize, type Token } from '../text/tokenize';
export { quoteSpans, insideQuote, type QuoteSpan } from '../text/quote-spans';
export { normalizeText } from '../text/normalize';

/** An entity mention (the gazetteer's match shape). */
export type { EntityMention as EntityHit } from '../entities/entity-types';
import type { EntityMention as EntityHit } from '../entities/entity-types';

/** What the detector needs to know about an entity. */
export type EntityKind = 'person' | 'org' | 'gov' | 'media' | 'country' | 'place' | 'other';

// ---- shim: numbers (replace with ../text/numbers) ----
/** A number found in text. */
export interface NumberHit {
  value: number;
  start: number;
  end: number;
}
const NUM_RE = /\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?/g;
export function parseNumbers(text: string, _lang: Lang): NumberHit[] {
  const out: NumberHit[] = [];
  for (const m of text.matchAll(NUM_RE)) {
    const v = Number(m[0].replace(/[ \u00a0]/g, '').replace(',', '.'));
    if (Number.isFinite(v)) out.push({ value: v, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// ---- shim: dates (replace with ../text/dates) ----
/** A date found in text. */
export interface DateHit {
  iso: string;
  start: number;
  end: number;
}
const MONTHS: Record<string, number> = { січ: 1, лют: 2, берез: 3, квіт: 4, трав: 5, черв: 6, лип: 7, серп: 8, верес: 9, жовт: 10, листоп: 11, груд: 12, янв: 1, фев: 2, март: 3, апрел: 4, мая: 5, июн: 6, июл: 7, авг: 8, сент: 9, окт: 10, нояб: 11, дек: 12, january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12 };
const DATE_RE = /(\d{1,2}) ([а-яіїєґa-z]+)(?: (\d{4}))?/giu;
export function parseDates(text: string, _lang: Lang, _ref?: Date): DateHit[] {
  const out: DateHit[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const w = m[2]!.toLowerCase();
    const key = Object.keys(MONTHS).find((k) => w.startsWith(k));
    if (!key) continue;
    const mm = String(MONTHS[key]).padStart(2, '0');
    const dd = m[1]!.padStart(2, '0');
    out.push({ iso: m[3] ? `${m[3]}-${mm}-${dd}` : `--${mm}-${dd}`, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export { stem } from '../text/stem';
export { detectLang } from '../text/lang';

/** The gazetteer's match and entity kinds, as the detector uses them. */
export interface Gazetteer {
  match(text: string, lang?: Lang, date?: string): EntityHit[];
  kind(id: string): EntityKind;
}

const KIND_OF: Record<EntityType, EntityKind> = { person: 'person', org: 'org', 'gov-body': 'gov', media: 'media', country: 'country', place: 'place' };

let gaz: Gazetteer | null = null;
/** The shared gazetteer (built on first use). */
export function gazetteer(): Gazetteer {
  if (gaz) return gaz;
  const g = loadGazetteer();
  gaz = {
    match: (text, lang, date) => g.match(text, lang, date ? { date } : {}),
    kind: (id) => {
      const t = g.get(id)?.type;
      return t ? KIND_OF[t] : 'other';
    },
  };
  return gaz;
}
