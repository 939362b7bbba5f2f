/**
 * Shapes of the entity gazetteer: the JSON schema of `data/*.json` (see README.md) and what the
 * matcher returns. Kept apart from core/types.ts because only the entity modules need them.
 */

/** The languages entity names are written in (`und` text is matched against all three). */
export type NameLang = 'uk' | 'ru' | 'en';

export type EntityType = 'country' | 'person' | 'org' | 'media' | 'place' | 'gov-body';

/** Surface strings per language; the first of each list is the canonical (display) one. */
export type LangStrings = Partial<Record<NameLang, string[]>>;

/** Role nouns that refer to the entity while it holds an office ("генсек НАТО"). */
export interface RoleStrings extends LangStrings {
  /** First year (2014) or ISO date ("2024-10-01") the entity held the office. */
  from?: number | string;
  /** Last year or ISO date (exclusive when a date) it held the office; absent while in office. */
  to?: number | string;
}

/** One entity as stored in `data/*.json`. */
export interface EntityData {
  /** Stable kebab-case id: "china", "rutte", "mfa-china". Never reuse or rename. */
  id: string;
  type: EntityType;
  /** Nominative names; uk and ru are inflected at load, so list no case forms here. */
  names: LangStrings;
  /** Masculine nominative singular adjectives ("китайський"); all forms are generated. */
  adjectives?: LangStrings;
  /** Capitals and seats of power that stand for the entity ("Пекін" for china). */
  metonyms?: LangStrings;
  roles?: RoleStrings;
  /** Id of the country the entity belongs to. */
  country?: string;
  /** `f` for women: their consonant-final surnames do not inflect ("фон дер Ляєн"). */
  gender?: 'f' | 'm';
  /** Surfaces knowingly shared with another entity ("Мадяр"): the matcher reports both. */
  ambiguous?: string[];
  /** Where the names come from. */
  sources: string;
}

/** How a mention was recognised. */
export type Via = 'name' | 'alias' | 'adjective' | 'metonym' | 'role';

/** A holder of a role, with the period it held it. */
export interface RoleHolder {
  id: string;
  from?: number | string;
  to?: number | string;
}

/** One entity mention found in text. Offsets are UTF-16 indices into the text given to `match`. */
export interface EntityMention {
  id: string;
  start: number;
  end: number;
  /** The text as written (`text.slice(start, end)`). */
  surface: string;
  via: Via;
  /** Other entities the same surface may denote (ambiguous aliases, other holders of a role). */
  alt?: string[];
  /** For `via: 'role'`: every holder of the role, so attribution can pick by the article's date. */
  holders?: RoleHolder[];
}

/** Options for `Gazetteer.match`. */
export interface MatchOptions {
  /** The article's date (ISO string or year): picks which holder a role refers to. */
  date?: string | number;
}
