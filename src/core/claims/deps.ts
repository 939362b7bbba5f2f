/**
 * The claim detector's imports from the text and entity modules, in one place.
 * TEMPORARY: the modules marked "shim" below are stand-ins until src/core/text and src/core/entities
 * land; each is replaced by a plain re-export of the real module before this work is finished.
 */
import type { Lang } from '../types';

export { splitSentences, type Sentence } from '../text/segment';
export { tokenize, type Token } from '../text/tokenize';
export { quoteSpans, insideQuote, type QuoteSpan } from '../text/quote-spans';
export { normalizeText } from '../text/normalize';

/** An entity mention (the gazetteer's match shape). */
export interface EntityHit {
  id: string;
  start: number;
  end: number;
  surface: string;
  via?: string;
}

/** What the detector needs to know about an entity. */
export type EntityKind = 'person' | 'org' | 'media' | 'country' | 'place' | 'other';

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

// ---- shim: stem (replace with ../text/stem) ----
export function stem(word: string, _lang: Lang): string {
  return word.toLowerCase();
}

// ---- shim: gazetteer (replace with ../entities/gazetteer) ----
interface ShimEntity {
  id: string;
  kind: EntityKind;
  aliases: string[];
}
const SHIM: ShimEntity[] = [
  { id: 'rutte', kind: 'person', aliases: ['рютте', 'rutte'] },
  { id: 'stoltenberg', kind: 'person', aliases: ['столтенберг', 'stoltenberg'] },
  { id: 'xi-jinping', kind: 'person', aliases: ['сі цзіньпін', 'си цзиньпин', 'xi jinping', 'xi'] },
  { id: 'putin', kind: 'person', aliases: ['путін', 'путин', 'putin'] },
  { id: 'zelensky', kind: 'person', aliases: ['зеленськ', 'зеленск', 'zelensky'] },
  { id: 'shoigu', kind: 'person', aliases: ['шойгу'] },
  { id: 'blinken', kind: 'person', aliases: ['блінкен', 'blinken'] },
  { id: 'peskov', kind: 'person', aliases: ['пєсков', 'песков', 'peskov'] },
  { id: 'lavrov', kind: 'person', aliases: ['лавров'] },
  { id: 'china', kind: 'country', aliases: ['китай', 'кнр', 'пекін', 'пекин', 'china', 'beijing'] },
  { id: 'russia', kind: 'country', aliases: ['росі', 'россі', 'росси', 'рф', 'москв', 'russia', 'moscow'] },
  { id: 'nato', kind: 'org', aliases: ['нато', 'nato', 'альянс'] },
  { id: 'kremlin', kind: 'org', aliases: ['кремл', 'kremlin'] },
  { id: 'mfa-china', kind: 'org', aliases: ['мзс китаю', 'мзс кнр', 'мид китая', 'мид кнр'] },
  { id: 'reuters', kind: 'media', aliases: ['reuters', 'рейтер'] },
  { id: 'cnn', kind: 'media', aliases: ['cnn'] },
  { id: 'faz', kind: 'media', aliases: ['frankfurter allgemeine zeitung'] },
  { id: 'interfax-ukraine', kind: 'media', aliases: ['інтерфакс-україна'] },
  { id: 'isw', kind: 'media', aliases: ['isw', 'інститут вивчення війни', 'институт изучения войны'] },
  { id: 'the-times', kind: 'media', aliases: ['the times'] },
  { id: 'usa', kind: 'country', aliases: ['сша', 'usa', 'washington'] },
];
/** The shim gazetteer's shape: the subset of the real one the detector uses. */
export interface Gazetteer {
  match(text: string, lang?: Lang): EntityHit[];
  kind(id: string): EntityKind;
}
function shimMatch(text: string): EntityHit[] {
  const low = text.toLowerCase();
  const hits: EntityHit[] = [];
  for (const e of SHIM) {
    for (const a of e.aliases) {
      let from = 0;
      for (;;) {
        const i = low.indexOf(a, from);
        if (i < 0) break;
        from = i + a.length;
        if (i > 0 && /[\p{L}]/u.test(low[i - 1]!)) continue;
        let end = i + a.length;
        while (end < low.length && /[\p{L}'-]/u.test(low[end]!)) end++;
        if (hits.some((h) => h.start < end && i < h.end)) continue;
        hits.push({ id: e.id, start: i, end, surface: text.slice(i, end) });
      }
    }
  }
  return hits.sort((x, y) => x.start - y.start);
}
let gaz: Gazetteer | null = null;
/** The shared gazetteer (built on first use). */
export function gazetteer(): Gazetteer {
  gaz ??= { match: shimMatch, kind: (id) => SHIM.find((e) => e.id === id)?.kind ?? 'other' };
  return gaz;
}
