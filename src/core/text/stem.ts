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

const cache = new Map<string, string>();

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/i;
const UK_LETTERS = /[іїєґ]/;
const RU_LETTERS = /[ыэъё]/;
/** Endings Ukrainian does not have (it writes -ння, -ий, -е): enough to pick a stemmer for `und`. */
const RU_ENDINGS = /(?:ни[еяюи]|нием|ешь)$/;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const APOSTROPHES = /['\u2019\u02BC`\u2032]/g;

function isCapitalized(word: string): boolean {
  const first = word[0]!;
  return first !== first.toLowerCase();
}

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
  const clean = word.replace(INVISIBLE, '').normalize('NFC');
  if (clean.length === 0) return '';
  const upper = clean === clean.toUpperCase() && clean !== clean.toLowerCase();
  let lower = clean.toLowerCase().replace(/ё/g, 'е');
  if (upper && clean.length <= MAX_ACRONYM) return lower.replace(APOSTROPHES, '');
  const which = stemmerLang(lower, lang);
  // An all-caps headline word is not a name signal; a capitalized one may be.
  const capitalized = !upper && isCapitalized(clean);
  if (which === 'en') return stemEn(lower.replace(/[\u2019\u02BC`\u2032]/g, "'"));
  lower = lower.replace(APOSTROPHES, '').replace(/ґ/g, 'г');
  if (which === 'uk') return stemUk(lower, capitalized);
  if (which === 'ru') return stemRu(lower, capitalized);
  return lower;
}

/** The matching stem of one word (as written: capitalization marks possible names); hyphenated words stem per part. */
export function stem(word: string, lang: Lang = 'und'): string {
  if (typeof word !== 'string') throw new TypeError('stem: word must be a string');
  const key = lang + '\u0000' + word;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const parts = word.includes('-') ? word.split('-') : null;
  const out = parts ? parts.map((p) => compute(p, lang)).join('-') : compute(word, lang);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(key, out);
  return out;
}
