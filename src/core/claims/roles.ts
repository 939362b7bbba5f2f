/**
 * Pronouns and role nouns that stand for a speaker ("він", "генсек", "речник", "видання", "the
 * spokesperson"), and the prepositions that mark a noun as not being the subject. Matched against
 * normalized lowercase word tokens.
 */

import type { Token } from './deps';
import { recordOf, setValue, valueOf, valueSlot } from './word-memo';
import { wordPatternOf, type WordTest } from './word-pattern';

/** What a pronoun or role noun can refer to. */
export type RoleTarget = 'person' | 'org' | 'inst' | 'media' | 'group' | 'spokes' | 'anonymous';

// Written as regex literals for readability; compiled by wordPatternOf, never run as regexes (cold cost).
const TABLE: [RoleTarget, WordTest][] = ([
  // Single-holder offices and personal pronouns: the most salient person so far.
  ['person', /^(він|вона|он|она|he|she|його|її|его|ее|генсек\p{L}*|президент\p{L}*|прем'єр\p{L}*|премьер\p{L}*|міністр\p{L}*|министр\p{L}*|канцлер\p{L}*|очільни\p{L}*|лідер\p{L}*|лидер\p{L}*|глав[аи]|голов[аи]|губернатор\p{L}*|secretary|president|minister|chancellor|leader|governor)$/u],
  // Spokespeople speak for an organisation: the named person when there is one, else the organisation.
  ['spokes', /^(речни\p{L}*|представни\p{L}*|пресс-секретар\p{L}*|представител\p{L}*|спікер\p{L}*|spokes(person|man|woman)|representative)$/u],
  // Head nouns of institutions named before ("Повітряні сили … The air force said", "ГУР … по данным
  // разведки"): the most recent institution whose own name or alias contains the word.
  ['inst', /^(розвід[кц]\p{L}*|разведк\p{L}*|intelligence|force|forces|генштаб\p{L}*|штаб\p{L}*|командуванн\p{L}*|командовани\p{L}*|command|staff|уряд\p{L}*|правительств\p{L}*|government|бундесвер\p{L}*|прокуратур\p{L}*|поліці\p{L}*|полици\p{L}*|police|служб\p{L}*|service|альянс\p{L}*|alliance)$/u],
  ['org', /^(відомств\p{L}*|міністерств\p{L}*|ведомств\p{L}*|министерств\p{L}*|ministry|посольств\p{L}*|embassy)$/u],
  // Outlets, and the report itself ("– ідеться у звіті": the report of the think tank just named).
  ['media', /^(видання|издани\p{L}*|газет\p{L}*|агентств\p{L}*|журнал\p{L}*|телеканал\p{L}*|звіт\p{L}*|доповід\p{L}*|отчет\p{L}*|доклад\p{L}*|newspaper|agency|outlet|paper|report)$/u],
  // Analysts of the think tank or outlet just named ("вважають аналітики", "за їхніми словами").
  ['group', /^(аналітик\p{L}*|аналитик\p{L}*|analysts|вони|они|they|їхніми|їхніх|их)$/u],
  ['anonymous', /^(джерел\p{L}*|співрозмовни\p{L}*|посадов\p{L}*|источни\p{L}*|собеседни\p{L}*|чиновни\p{L}*|sources?|official|officials)$/u],
] as [RoleTarget, RegExp][]).map(([role, re]) => [role, wordPatternOf(re)]);

/** Personal pronouns among the 'person' words: any salient person fits them, an office noun must fit its holder. */
const PRONOUNS = new Set(['він', 'вона', 'он', 'она', 'he', 'she', 'його', 'її', 'его', 'ее']);

/** True for a personal pronoun ("він", "she"), as opposed to an office noun ("губернатор"). */
export function isPronoun(norm: string): boolean {
  return PRONOUNS.has(norm);
}

const MEMO_LIMIT = 20_000;
const memo = new Map<string, RoleTarget | null>();

/** The kind of referent a token stands for, or null when it is not a pronoun or role noun. */
export function roleOf(norm: string): RoleTarget | null {
  const hit = memo.get(norm);
  if (hit !== undefined) return hit;
  const role = TABLE.find(([, re]) => re.test(norm))?.[0] ?? null;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(norm, role);
  return role;
}

/** roleOf(t.norm), kept in the word's record: attribution asks it of the same words again and again. */
const ROLE = valueSlot();
export function roleOfWord(t: Token): RoleTarget | null {
  const r = recordOf(t);
  const kept = valueOf(r, ROLE) as RoleTarget | null | undefined;
  if (kept !== undefined) return kept;
  const role = roleOf(t.norm);
  setValue(r, ROLE, role);
  return role;
}

/** Prepositions after which a name is an object or a place, not the one speaking. */
export const PREPOSITIONS = new Set([
  'з', 'із', 'зі', 'у', 'в', 'до', 'від', 'про', 'на', 'для', 'щодо', 'проти', 'між', 'через', 'при', 'по', 'над', 'під', 'перед', 'за',
  'с', 'со', 'к', 'ко', 'от', 'о', 'об', 'во', 'для', 'против', 'между', 'через',
  'with', 'to', 'from', 'about', 'in', 'of', 'for', 'against', 'on', 'at', 'by', 'into', 'over', 'between',
]);
