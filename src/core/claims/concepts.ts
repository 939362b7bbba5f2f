/**
 * Concepts a sentence is about (train, supply, weapons, drones, deny, sanctions, …), from the shared
 * lexicon in concepts.json: a word matches a concept when its normalized form starts with one of the
 * concept's stems for the sentence's language (all languages when it is unknown). Multi-word stems
 * ("shot down", "machine tool") match the normalized sentence text at a word start.
 */
import type { Lang } from '../types';
import type { Token } from './deps';
import { recordOf, setValue, valueOf, valueSlot } from './word-memo';
import lexicon from './concepts.json';

type Entry = Partial<Record<'uk' | 'ru' | 'en', string[]>>;

/** Stems this short must match a whole word ("газ" is gas, "газета" is not). */
const EXACT_BELOW = 4;

const CONCEPTS: [string, Entry][] = Object.entries(lexicon).filter(([k]) => !k.startsWith('$')) as [string, Entry][];

function stemsFor(e: Entry, lang: Lang): string[] {
  if (lang === 'uk' || lang === 'ru' || lang === 'en') return e[lang] ?? [];
  return [...(e.uk ?? []), ...(e.ru ?? []), ...(e.en ?? [])];
}

/** Per language: single-word stems → concept indices, the longest stem, and multi-word stems. */
interface Index {
  stems: Map<string, number[]>;
  exact: Map<string, number[]>;
  /** Every prefix (EXACT_BELOW letters and more) of a stem: a word whose prefix is not here can match no longer stem. */
  heads: Set<string>;
  longest: number;
  /** Multi-word stems as their words, with their concept. */
  phrases: [string[], number][];
  /** Where a word's record (word-memo.ts) keeps the concepts the word matches alone (news vocabulary repeats). */
  slot: number;
}
const NONE: readonly number[] = [];
const indexes = new Map<Lang, Index>();

function indexFor(lang: Lang): Index {
  let ix = indexes.get(lang);
  if (ix) return ix;
  ix = { stems: new Map(), exact: new Map(), heads: new Set(), longest: 0, phrases: [], slot: valueSlot() };
  CONCEPTS.forEach(([, entry], c) => {
    for (const s of stemsFor(entry, lang)) {
      if (s.includes(' ')) ix!.phrases.push([s.split(' '), c]);
      else {
        const m = s.length < EXACT_BELOW ? ix!.exact : ix!.stems;
        m.set(s, [...(m.get(s) ?? []), c]);
        for (let n = EXACT_BELOW; n <= s.length; n++) ix!.heads.add(s.slice(0, n));
        ix!.longest = Math.max(ix!.longest, s.length);
      }
    }
  });
  indexes.set(lang, ix);
  return ix;
}

/** The concepts one word matches alone, in the order the stems find them (memoised in the word's record). */
function wordConcepts(ix: Index, t: Token): readonly number[] {
  const r = recordOf(t);
  const known = valueOf(r, ix.slot) as readonly number[] | undefined;
  if (known) return known;
  const norm = t.norm;
  let out: number[] | null = null;
  for (const c of ix.exact.get(norm) ?? NONE) (out ??= []).push(c);
  for (let n = EXACT_BELOW; n <= Math.min(ix.longest, norm.length); n++) {
    const head = norm.slice(0, n);
    // Most words start no stem: stop at the first prefix no stem starts with.
    if (!ix.heads.has(head)) break;
    for (const c of ix.stems.get(head) ?? NONE) (out ??= []).push(c);
  }
  setValue(r, ix.slot, out ?? NONE);
  return out ?? NONE;
}

/** Concepts fit in the bits of one small integer (the lexicon has about twenty). */
const MASK_BITS = 31;
if (CONCEPTS.length > MASK_BITS) throw new Error(`concepts.json: at most ${MASK_BITS} concepts (conceptsOf keeps them as bits)`);

/**
 * Whether the words' norms joined by spaces hold the phrase's words joined by spaces right after a space
 * (what the phrase stems mean: "shot down" matches "shot down", "shot downed"), without joining the
 * sentence and the phrase anew per sentence: norms hold no spaces (the tokenizer splits at them), so the
 * phrase's words before its last are whole norms of consecutive words and its last begins the next.
 */
export function holdsPhrase(words: readonly Token[], phrase: readonly string[]): boolean {
  const k = phrase.length - 1;
  for (let i = 0; i + k < words.length; i++) {
    let j = 0;
    while (j < k && words[i + j]!.norm === phrase[j]) j++;
    if (j === k && words[i + k]!.norm.startsWith(phrase[k]!)) return true;
  }
  return false;
}

/** Concept ids of a sentence, in lexicon order. */
export function conceptsOf(words: Token[], lang: Lang): string[] {
  const ix = indexFor(lang);
  // The concepts hit, as bits of one integer: no Set, spread and sort per sentence.
  let hit = 0;
  for (const w of words) for (const c of wordConcepts(ix, w)) hit |= 1 << c;
  for (const [phrase, c] of ix.phrases) if ((hit & (1 << c)) === 0 && holdsPhrase(words, phrase)) hit |= 1 << c;
  const out: string[] = [];
  for (let c = 0; hit !== 0; c++, hit >>>= 1) if (hit & 1) out.push(CONCEPTS[c]![0]);
  return out;
}

/** The concept lexicon's ids (for tests and the evidence linker). */
export function conceptIds(): string[] {
  return CONCEPTS.map(([k]) => k);
}
