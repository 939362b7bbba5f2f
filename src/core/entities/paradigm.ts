/**
 * Case paradigms shared by the Ukrainian and Russian declension rules: a paradigm is one list of
 * alternative forms per case slot, so the words of a multi-word name can be joined case by case
 * ("Північна Корея" → "Північної Кореї", never "Північної Корею").
 */

/**
 * Case slots: nominative, genitive, dative, accusative, instrumental, locative. The accusative
 * lists only forms that differ from the nominative and the genitive (an animate accusative is the
 * genitive, already generated): fewer cross-word combinations that never agree in text.
 */
export const SLOTS = 6;

/** Alternatives per slot; slot 0 is the nominative. */
export type Paradigm = string[][];

/** Context that decides which declension a word follows. */
export interface WordContext {
  /** The word is part of a person's name. */
  person: boolean;
  /** The person is a woman (consonant-final surnames then do not inflect). */
  female: boolean;
  /** The word stands before the head noun of a multi-word name and looks like an adjective. */
  adjective: boolean;
  /** The word belongs to a multi-word name (zero-ending plural genitives are safe only there). */
  multi: boolean;
}

/** Builds a paradigm from a stem and per-slot ending lists (slot 0 is the nominative as given). */
export function fromEndings(nom: string, stem: string, endings: string[][]): Paradigm {
  return [[nom], ...endings.map((alts) => alts.map((e) => stem + e))];
}

/** A word that never changes: one slot, which `combine` reuses for every case. */
export function fixed(word: string): Paradigm {
  return [[word]];
}

/** Adds the alternatives of `extra` to `base`, slot by slot. */
export function merge(base: Paradigm, extra: Paradigm): Paradigm {
  return base.map((alts, i) => [...alts, ...(extra[i] ?? [])]);
}

/**
 * Whether a word can inflect: its last letter is a lower-case Cyrillic one (all-caps abbreviations
 * such as НАТО, Latin names and digits never change). A char-code test: this runs for every word.
 */
export function declinable(word: string): boolean {
  if (word.length < 2) return false;
  const c = word.charCodeAt(word.length - 1);
  return (c >= 0x430 && c <= 0x44f) || c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491;
}

/** Replaces the last letter of a Ukrainian stem before -і (Прага → Празі, Америка → Америці). */
export function ukAlternate(stem: string): string {
  const last = stem.at(-1);
  if (last === 'г') return stem.slice(0, -1) + 'з';
  if (last === 'к') return stem.slice(0, -1) + 'ц';
  if (last === 'х') return stem.slice(0, -1) + 'с';
  return stem;
}
