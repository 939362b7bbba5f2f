/**
 * The article's language: the markup's word (JSON-LD `inLanguage`, `<html lang>`, `og:locale`,
 * `content-language`) unless the text clearly says otherwise (sites serve Russian pages with
 * `lang="uk"` and back), then the adapter's URL rule, then `und`.
 */
import type { ExtractionTrace, Lang } from '../core/types';
import { detectLang } from '../core/text/lang';
import { guessLangFromText } from './lang-guess';
import type { Sourced } from './metadata';

/** Characters of paragraph text the heuristic reads. */
const SAMPLE_CHARS = 4000;

/** Decide the language and say which path decided it. */
export function decideLang(markup: Sourced<Exclude<Lang, 'und'>> | undefined, fromUrl: Lang | undefined, texts: string[]): { value: Lang; from: ExtractionTrace[string] } {
  let sample = '';
  for (const t of texts) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += `${t}\n`;
  }
  // The letter count is cheap and decides most articles; the word-and-ending model of core/text/lang.ts
  // is asked only when letters are too few or split (short or mixed-language texts).
  const quick = guessLangFromText(sample);
  const slow = quick ?? detectLang(sample);
  const fromText = slow === 'und' ? undefined : slow;
  if (markup && (!fromText || fromText === markup.value)) return markup;
  if (fromText) return { value: fromText, from: 'text' };
  if (fromUrl) return { value: fromUrl, from: 'selector' };
  return { value: 'und', from: 'none' };
}
