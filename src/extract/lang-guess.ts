/**
 * Language from markup (`<html lang>`, `og:locale`, `content-language`) and from text. The text
 * heuristic counts letters only one of the languages uses: і ї є ґ (and the apostrophe inside words)
 * are Ukrainian, ы э ъ ё are Russian; mostly Latin letters are English. It needs a minimum of evidence
 * and a clear majority, else it says nothing (`undefined`), and markup decides.
 */
import type { Lang } from '../core/types';

/** Distinctive letters needed before the text heuristic speaks. */
const MIN_DISTINCTIVE = 5;
/** Share of distinctive letters one language must hold to win. */
const MAJORITY = 0.8;
/** Letters sampled from the text (the heuristic is stable long before the end of an article). */
const SAMPLE_CHARS = 6000;
/** Share of Latin among all letters for English. */
const LATIN_SHARE = 0.8;
const MIN_LETTERS = 40;
/**
 * Reading stops early once the evidence is overwhelming: this many distinctive letters, all but
 * EARLY_MINORITY of them one language's, and hardly any Latin. A Ukrainian or Russian article gets
 * there within a few hundred characters; reading on to SAMPLE_CHARS could not change the answer
 * short of a page that switches language mid-article, which MAJORITY would call undecided anyway.
 */
const EARLY_DISTINCTIVE = 60;
const EARLY_MINORITY = 0.02;
const EARLY_LATIN = 0.05;
/** How often (in characters) the early stop is considered. */
const EARLY_EVERY = 256;

// The letter classes, counted by the regex engine a chunk at a time: the content script reads this
// once per page load, cold, and a JavaScript loop over characters costs more there (interpreted)
// than native scans (a per-character regex test, worse still, was once the slowest part).
const UK_LETTERS = /[\u0456\u0457\u0454\u0491\u0406\u0407\u0404\u0490]/g; // і ї є ґ І Ї Є Ґ
const RU_LETTERS = /[\u044b\u044d\u044a\u0451\u042b\u042d\u042a\u0401]/g; // ы э ъ ё Ы Э Ъ Ё
const CYRILLIC = /[\u0400-\u04ff]/g;
const LATIN = /[A-Za-z]/g;

/** How many characters of `s` the global regex `re` matches (one character per match). */
function count(s: string, re: RegExp): number {
  return s.length - s.replace(re, '').length;
}

/** A BCP 47 tag or locale (`uk-UA`, `ru_RU`, `en`) as a Lang, or undefined when it is none of ours. */
export function langFromTag(tag: string | null | undefined): Exclude<Lang, 'und'> | undefined {
  const t = (tag ?? '').trim().toLowerCase().slice(0, 2);
  if (t === 'uk' || t === 'ua') return 'uk';
  if (t === 'ru') return 'ru';
  if (t === 'en') return 'en';
  return undefined;
}

/** The language of `text` by distinctive letters, or undefined when the evidence is too thin. */
export function guessLangFromText(text: string): Exclude<Lang, 'und'> | undefined {
  let uk = 0, ru = 0, cyr = 0, latin = 0;
  const n = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < n; i += EARLY_EVERY) {
    if (uk + ru >= EARLY_DISTINCTIVE && latin <= EARLY_LATIN * (cyr + latin)) {
      if (ru <= EARLY_MINORITY * (uk + ru)) return 'uk';
      if (uk <= EARLY_MINORITY * (uk + ru)) return 'ru';
    }
    const chunk = text.slice(i, Math.min(i + EARLY_EVERY, n));
    const chunkCyr = count(chunk, CYRILLIC);
    cyr += chunkCyr;
    if (chunkCyr > 0) {
      uk += count(chunk, UK_LETTERS);
      ru += count(chunk, RU_LETTERS);
    }
    latin += count(chunk, LATIN);
  }
  const letters = cyr + latin;
  if (letters >= MIN_LETTERS && latin / letters >= LATIN_SHARE) return 'en';
  const distinctive = uk + ru;
  if (distinctive < MIN_DISTINCTIVE) return undefined;
  if (uk / distinctive >= MAJORITY) return 'uk';
  if (ru / distinctive >= MAJORITY) return 'ru';
  return undefined;
}
