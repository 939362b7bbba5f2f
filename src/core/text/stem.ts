/**
 * `stem(word, lang)`: a matching key that conflates inflections (Китаю/Китаєм/Китай/Китаї,
 * спростував/спростування, опроверг/опровержение). Not linguistically exact: equal keys mean "very
 * likely the same lexeme" for retrieval and scoring. Results are memoized: news text repeats words.
 */
import type { Lang } from '../types';
import { stemEn } from './stem-en';
import { stemRu } from './stem-ru';
import { stemUk } from './stem-uk';

/** Memo size bound; the cache is simply cleared when full (stemming is pure, so this is safe). */
const MAX_CACHE = 50_000;
/** All-caps words up to this length are acronyms (НАТО, КНДР, ISW) and are not stemmed. */
const MAX_ACRONYM = 4;

// One memo per language: no key concatenation on the hot path.
const caches = new Map<Lang, Map<string, string>>();

/** Endings Ukrainian does not have (it writes -ння, -ий, -е): enough to pick a stemmer for `und`. */
const RU_ENDINGS = /(?:ни[еяюи]|нием|ешь)$/;
const INVISIBLE_ALL = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const APOSTROPHES_ALL = /['\u2019\u02BC`\u2032]/g;

// What one scan of the lowercased word found (bit flags): one loop instead of a regex per question.
const CYR = 1;
const LAT = 2;
const UK = 4; // і ї є ґ
const RU = 8; // ы э ъ ё
const APOS = 16;
const ODD = 32; // invisible characters or combining marks: take the slow, exact path

function scan(lower: string): number {
  let f = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 0x0430 && c <= 0x044f) f |= c === 0x044b || c === 0x044d || c === 0x044a ? CYR | RU : CYR;
    else if (c >= 0x0400 && c <= 0x04ff) f |= c === 0x0456 || c === 0x0457 || c === 0x0454 || c === 0x0491 ? CYR | UK : c === 0x0451 ? CYR | RU : CYR;
    else if (c >= 97 && c <= 122) f |= LAT;
    else if (c === 0x27 || c === 0x2019 || c === 0x02bc || c === 0x60 || c === 0x2032) f |= APOS;
    else if (c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || (c >= 0x0300 && c <= 0x036f)) f |= ODD;
  }
  return f;
}

/** Which stemmer a word gets: its script first, then letters only one language has, then `lang`. */
function stemmerLang(lower: string, flags: number, lang: Lang): 'uk' | 'ru' | 'en' | null {
  if (flags & CYR) {
    if (flags & UK) return 'uk';
    if (flags & RU) return 'ru';
    if (lang === 'ru' || (lang !== 'uk' && RU_ENDINGS.test(lower))) return 'ru';
    return 'uk';
  }
  return flags & LAT ? 'en' : null;
}

function compute(word: string, lang: Lang): string {
  let clean = word;
  let lower = clean.toLowerCase();
  let flags = scan(lower);
  if (flags & ODD) {
    clean = clean.replace(INVISIBLE_ALL, '').normalize('NFC');
    lower = clean.toLowerCase();
    flags = scan(lower);
  }
  if (clean.length === 0) return '';
  const capitalized = clean[0] !== lower[0];
  // An all-caps word is an acronym when short (НАТО, ISW) and a headline word otherwise: never a name
  // signal. The second letter decides (a full toUpperCase per word is measurably slow on cold pages).
  const upper = capitalized && clean.length > 1 && clean[1] !== lower[1];
  if (flags & RU && lower.includes('ё')) lower = lower.replace(/ё/g, 'е');
  if (upper && clean.length <= MAX_ACRONYM) return flags & APOS ? lower.replace(APOSTROPHES_ALL, '') : lower;
  const which = stemmerLang(lower, flags, lang);
  if (which === 'en') return stemEn(flags & APOS ? lower.replace(/[\u2019\u02BC`\u2032]/g, "'") : lower);
  if (flags & APOS) lower = lower.replace(APOSTROPHES_ALL, '');
  if (flags & UK && lower.includes('ґ')) lower = lower.replace(/ґ/g, 'г');
  if (which === 'uk') return stemUk(lower, capitalized && !upper);
  if (which === 'ru') return stemRu(lower, capitalized && !upper);
  return lower;
}

/** Empties the memo (benchmarks measure cold stemming with it; results never depend on it). */
export function clearStemCache(): void {
  caches.clear();
}

/** The matching stem of one word (as written: capitalization marks possible names); hyphenated words stem per part. */
export function stem(word: string, lang: Lang = 'und'): string {
  if (typeof word !== 'string') throw new TypeError('stem: word must be a string');
  let cache = caches.get(lang);
  if (!cache) {
    cache = new Map();
    caches.set(lang, cache);
  }
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const parts = word.includes('-') ? word.split('-') : null;
  const out = parts ? parts.map((p) => compute(p, lang)).join('-') : compute(word, lang);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(word, out);
  return out;
}
