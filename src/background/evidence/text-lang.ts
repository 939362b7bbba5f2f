/**
 * The language of a short evidence text (a feed item, a fact-check's one-sentence claim), where
 * guessLangFromText needs more letters than there are: the text's distinctive letters first, then
 * what the source declared (a feed's <language>, a ClaimReview's inLanguage).
 */
import type { Lang } from '../../core/types';
import { guessLangFromText, langFromTag } from '../../extract/lang-guess';

/** uk/ru by their own letters, en for Latin-only text; undefined when nothing tells. */
export function shortTextLang(text: string): Exclude<Lang, 'und'> | undefined {
  if (/[іїєґ]/i.test(text)) return 'uk';
  if (/[ыэъё]/i.test(text)) return 'ru';
  if (/[a-z]/i.test(text) && !/[\u0400-\u04ff]/.test(text)) return 'en';
  return undefined;
}

/** The text's language: a confident guess, else the declared tag, else distinctive letters, else `und`. */
export function evidenceLang(text: string, declared?: string): Lang {
  return guessLangFromText(text) ?? langFromTag(declared) ?? shortTextLang(text) ?? 'und';
}
