/**
 * Concepts a sentence is about (train, supply, weapons, drones, deny, sanctions, …), from the shared
 * lexicon in concepts.json: a word matches a concept when its normalized form starts with one of the
 * concept's stems for the sentence's language (all languages when it is unknown). Multi-word stems
 * ("shot down", "machine tool") match the normalized sentence text at a word start.
 */
import type { Lang } from '../types';
import type { Token } from './deps';
import lexicon from './concepts.json';

type Entry = Partial<Record<'uk' | 'ru' | 'en', string[]>>;

/** Stems this short must match a whole word ("газ" is gas, "газета" is not). */
const EXACT_BELOW = 4;

const CONCEPTS: [string, Entry][] = Object.entries(lexicon).filter(([k]) => !k.startsWith('$')) as [string, Entry][];

function stemsFor(e: Entry, lang: Lang): string[] {
  if (lang === 'uk' || lang === 'ru' || lang === 'en') return e[lang] ?? [];
  return [...(e.uk ?? []), ...(e.ru ?? []), ...(e.en ?? [])];
}

/** Concept ids of a sentence, in lexicon order. */
export function conceptsOf(words: Token[], lang: Lang): string[] {
  const joined = ' ' + words.map((w) => w.norm).join(' ');
  const out: string[] = [];
  for (const [id, entry] of CONCEPTS) {
    const hit = stemsFor(entry, lang).some((s) => {
      if (s.includes(' ')) return joined.includes(' ' + s);
      return words.some((w) => (s.length < EXACT_BELOW ? w.norm === s : w.norm.startsWith(s)));
    });
    if (hit) out.push(id);
  }
  return out;
}

/** The concept lexicon's ids (for tests and the evidence linker). */
export function conceptIds(): string[] {
  return CONCEPTS.map(([k]) => k);
}
