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

// Code points (checked by number: a regex test per character was the slowest part of extraction).
const UK_CODES = [0x456, 0x457, 0x454, 0x491, 0x406, 0x407, 0x404, 0x490]; // і ї є ґ І Ї Є Ґ
const RU_CODES = [0x44b, 0x44d, 0x44a, 0x451, 0x42b, 0x42d, 0x42a, 0x401]; // ы э ъ ё Ы Э Ъ Ё
const CYR_FIRST = 0x400;
const CYR_LAST = 0x4ff;
/** Per Cyrillic code point: 1 Ukrainian-only, 2 Russian-only, 0 shared (an array index beats a Set lookup per letter). */
const CYR_CLASS = new Uint8Array(CYR_LAST - CYR_FIRST + 1);
for (const c of UK_CODES) CYR_CLASS[c - CYR_FIRST] = 1;
for (const c of RU_CODES) CYR_CLASS[c - CYR_FIRST] = 2;

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
  for (let i = 0; i < n; i++) {
    if ((i & (EARLY_EVERY - 1)) === 0 && uk + ru >= EARLY_DISTINCTIVE && latin <= EARLY_LATIN * (cyr + latin)) {
      if (ru <= EARLY_MINORITY * (uk + ru)) return 'uk';
      if (uk <= EARLY_MINORITY * (uk + ru)) return 'ru';
    }
    const c = text.charCodeAt(i);
    if (c >= CYR_FIRST && c <= CYR_LAST) {
      cyr++;
      const k = CYR_CLASS[c - CYR_FIRST];
      if (k === 1) uk++;
      else if (k === 2) ru++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  const letters = cyr + latin;
  if (letters >= MIN_LETTERS && latin / letters >= LATIN_SHARE) return 'en';
  const distinctive = uk + ru;
  if (distinctive < MIN_DISTINCTIVE) return undefined;
  if (uk / distinctive >= MAJORITY) return 'uk';
  if (ru / distinctive >= MAJORITY) return 'ru';
  return undefined;
}
