/**
 * Salience for resolving pronouns and role nouns ("він", "генсек", "відомство", "аналітики") to the
 * entity they stand for: the most recent subject or speaker of each kind, in reading order.
 * A simple recency model in the spirit of centering theory: subjects and speakers outrank mentions.
 */
import { gazetteer, type EntityKind } from './deps';
import { roleOfWord, type RoleTarget } from './roles';
import type { Unit } from './units';

/** A role noun this close to the start of a sentence is its subject. */
const SUBJECT_WINDOW = 3;
/** How many distinct entities the article history keeps for definite descriptions and short names. */
const HISTORY = 12;
/** Letters an inflected word and a description word must share ("розвідки"/"разведке" ~ "розвідка"). */
const STEM_MIN = 4;
const STEM_MAX = 6;

/**
 * The words of a list of descriptions split at `sep`, kept per list: the gazetteer hands out the same
 * list object for an entity every time, and splitting every description on every test was ~1% of detection.
 */
function wordsOf(cache: WeakMap<readonly string[], readonly string[]>, descriptions: readonly string[], sep: RegExp): readonly string[] {
  let words = cache.get(descriptions);
  if (!words) cache.set(descriptions, (words = descriptions.flatMap((d) => d.split(sep))));
  return words;
}
const stemWords = new WeakMap<readonly string[], readonly string[]>();
const nameWords = new WeakMap<readonly string[], readonly string[]>();

/** True when `word` and some word of `descriptions` share a stem (a crude, language-blind test). */
export function describedBy(word: string, descriptions: readonly string[]): boolean {
  const head = word.split(/['’-]/)[0]!; // "пресс-секретарь" is described by "пресс"
  const stem = head.slice(0, Math.max(STEM_MIN, Math.min(STEM_MAX, head.length - 2)));
  if (stem.length < STEM_MIN) return false;
  return wordsOf(stemWords, descriptions, /[\s'’-]+/).some((w) => w.startsWith(stem));
}

/** One bit per entity kind, for the kinds a sentence has seen. */
const KIND_BIT: Record<EntityKind, number> = { person: 1, org: 2, gov: 4, media: 8, country: 16, place: 32, other: 64 };

/** Salient entities so far in the article. */
export class Salience {
  private person?: string;
  private org?: string;
  private media?: string;
  /** The last source (an outlet or a think tank named as one). */
  private source?: { id: string; kind: EntityKind };
  /** Index of the unit where the last report (a media source) was seen, and its source. */
  private report?: { unit: number; source: string };
  /** Entities mentioned or speaking so far, most recent first (any sentence position). */
  private history: { id: string; kind: EntityKind }[] = [];

  private remember(id: string, kind: EntityKind): void {
    // In place (an id is in the history at most once): this runs for every mention of every sentence.
    const h = this.history;
    let at = h.findIndex((x) => x.id === id);
    // Already first with the same kind: nothing moves (the common case of a name repeated in a row).
    if (at === 0 && h[0]!.kind === kind) return;
    if (at < 0) at = h.length < HISTORY ? h.length : HISTORY - 1;
    // Shift the entries before `at` down by one and put this one first (no splice/unshift arrays).
    for (let i = at; i > 0; i--) h[i] = h[i - 1]!;
    h[0] = { id, kind };
  }

  /** Records an entity as a subject or speaker of the current sentence. */
  note(id: string | undefined, kind: EntityKind | undefined): void {
    if (!id || !kind) return;
    this.remember(id, kind);
    if (kind === 'person') this.person = id;
    else if (kind === 'media') this.media = id;
    else this.org = id;
  }

  /** Records the source of the current sentence. */
  noteSource(id: string, kind: EntityKind): void {
    this.source = { id, kind };
  }

  /** Records that unit `unit` was a report by `source`. */
  noteReport(unit: number, source: string): void {
    this.report = { unit, source };
  }

  /** The source of a report made within `window` sentences before `unit`. */
  recentReport(unit: number, window: number): string | undefined {
    return this.report && unit - this.report.unit <= window ? this.report.source : undefined;
  }

  /**
   * The most recent entity a definite description fits: an office noun its holder ("губернатор" is not
   * the president named before), an institution's head noun its name ("the air force", "разведки").
   */
  described(role: 'person' | 'inst', word: string): { id: string; kind: EntityKind } | undefined {
    const g = gazetteer();
    return this.history.find((h) => (role === 'person' ? h.kind === 'person' : h.kind !== 'person' && h.kind !== 'country' && h.kind !== 'place') && describedBy(word, g.descriptions(h.id)));
  }

  /** A person named before, called now by one word of the name ("Wang" after "Wang Yi"). */
  named(word: string): { id: string; kind: EntityKind } | undefined {
    const g = gazetteer();
    return this.history.find((h) => h.kind === 'person' && wordsOf(nameWords, g.descriptions(h.id), /\s+/).some((w) => w.length >= 3 && (w === word || (word.startsWith(w) && word.length - w.length <= 2))));
  }

  /** The entity a role noun or pronoun of this kind refers to, if any. */
  resolve(role: RoleTarget): { id: string; kind: EntityKind } | undefined {
    switch (role) {
      case 'person':
        return this.person ? { id: this.person, kind: 'person' } : undefined;
      case 'org':
      case 'spokes':
        return this.org ? { id: this.org, kind: 'org' } : undefined;
      case 'media':
        return this.media ? { id: this.media, kind: 'media' } : this.source;
      case 'group':
        return this.source ?? (this.media ? { id: this.media, kind: 'media' } : undefined);
      default:
        return undefined;
    }
  }

  /** After a sentence: its grammatical subjects (first unquoted, non-prepositional mention of each kind) become salient. */
  observe(u: Unit): void {
    // Kinds whose subject the sentence has had (bits of KIND_BIT: no Set per sentence).
    let seen = 0;
    // "Китайський лідер привітав Путіна": a sentence whose subject is a role noun or pronoun keeps the
    // salient person; the named person later in the sentence is an object.
    let firstPerson = Infinity;
    for (const m of u.mentions) {
      if (m.kind !== 'person') continue;
      firstPerson = m.word;
      break;
    }
    for (let i = 0; i < Math.min(SUBJECT_WINDOW, u.words.length, firstPerson); i++) if (roleOfWord(u.words[i]!) === 'person') seen |= KIND_BIT.person;
    for (const m of u.mentions) if (!m.quoted) this.remember(m.id, m.kind);
    for (const m of u.mentions) {
      if (m.quoted || seen & KIND_BIT[m.kind]) continue;
      if (m.prep && m.kind !== 'media') continue;
      seen |= KIND_BIT[m.kind];
      this.note(m.id, m.kind);
    }
  }
}
