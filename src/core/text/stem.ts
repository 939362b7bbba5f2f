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

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/i;
const UK_LETTERS = /[іїєґ]/;
const RU_LETTERS = /[ыэъё]/;
/** Endings Ukrainian does not have (it writes -ння, -ий, -е): enough to pick a stemmer for `und`. */
const RU_ENDINGS = /(?:ни[еяюи]|нием|ешь)$/;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const INVISIBLE_ALL = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const APOSTROPHES = /['\u2019\u02BC`\u2032]/;
const APOSTROPHES_ALL = /['\u2019\u02BC`\u2032]/g;
const COMBINING = /[\u0300-\u036f]/;

/** Which stemmer a word gets: its script first, then letters only one language has, then `lang`. */
function stemmerLang(lower: string, lang: Lang): 'uk' | 'ru' | 'en' | null {
  if (CYRILLIC.test(lower)) {
    if (UK_LETTERS.test(lower)) return 'uk';
    if (RU_LETTERS.test(lower)) return 'ru';
    if (lang === 'ru' || (lang !== 'uk' && RU_ENDINGS.test(lower))) return 'ru';
    return 'uk';
  }
  if (LATIN.test(lower)) return 'en';
  return null;
}

function compute(word: string, lang: Lang): string {
  let clean = word;
  if (INVISIBLE.test(clean)) clean = clean.replace(INVISIBLE_ALL, '');
  if (COMBINING.test(clean)) clean = clean.normalize('NFC');
  if (clean.length === 0) return '';
  let lower = clean.toLowerCase();
  const capitalized = clean[0] !== lower[0];
  // An all-caps word is an acronym when short (НАТО, ISW) and a headline word otherwise: never a name signal.
  // The second letter decides (a full toUpperCase per word is measurably slow on cold pages).
  const upper = capitalized && clean.length > 1 && clean[1] !== lower[1];
  if (lower.includes('ё')) lower = lower.replace(/ё/g, 'е');
  if (upper && clean.length <= MAX_ACRONYM) return lower.replace(APOSTROPHES_ALL, '');
  const which = stemmerLang(lower, lang);
  if (which === 'en') return stemEn(lower.replace(/[\u2019\u02BC`\u2032]/g, "'"));
  if (APOSTROPHES.test(lower)) lower = lower.replace(APOSTROPHES_ALL, '');
  if (lower.includes('ґ')) lower = lower.replace(/ґ/g, 'г');
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
