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

const UK = /[іїєґІЇЄҐ]/;
const RU = /[ыэъёЫЭЪЁ]/;
const CYR = /[\u0400-\u04ff]/;
const LATIN = /[a-zA-Z]/;

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
    const ch = text[i]!;
    if (CYR.test(ch)) {
      cyr++;
      if (UK.test(ch)) uk++;
      else if (RU.test(ch)) ru++;
    } else if (LATIN.test(ch)) latin++;
  }
  const letters = cyr + latin;
  if (letters >= MIN_LETTERS && latin / letters >= LATIN_SHARE) return 'en';
  const distinctive = uk + ru;
  if (distinctive < MIN_DISTINCTIVE) return undefined;
  if (uk / distinctive >= MAJORITY) return 'uk';
  if (ru / distinctive >= MAJORITY) return 'ru';
  return undefined;
}
