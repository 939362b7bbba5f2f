/**
 * Salience for resolving pronouns and role nouns ("він", "генсек", "відомство", "аналітики") to the
 * entity they stand for: the most recent subject or speaker of each kind, in reading order.
 * A simple recency model in the spirit of centering theory: subjects and speakers outrank mentions.
 */
import type { EntityKind } from './deps';
import { roleOf, type RoleTarget } from './roles';
import type { Unit } from './units';

/** A role noun this close to the start of a sentence is its subject. */
const SUBJECT_WINDOW = 3;

/** Salient entities so far in the article. */
export class Salience {
  private person?: string;
  private org?: string;
  private media?: string;
  /** The last source (an outlet or a think tank named as one). */
  private source?: { id: string; kind: EntityKind };
  /** Index of the unit where the last report (a media source) was seen, and its source. */
  private report?: { unit: number; source: string };

  /** Records an entity as a subject or speaker of the current sentence. */
  note(id: string | undefined, kind: EntityKind | undefined): void {
    if (!id || !kind) return;
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
    const seen = new Set<EntityKind>();
    // "Китайський лідер привітав Путіна": a sentence whose subject is a role noun or pronoun keeps the
    // salient person; the named person later in the sentence is an object.
    const firstPerson = u.mentions.find((m) => m.kind === 'person');
    for (let i = 0; i < Math.min(SUBJECT_WINDOW, u.words.length); i++) {
      if (firstPerson && firstPerson.word <= i) break;
      if (roleOf(u.words[i]!.norm) === 'person') seen.add('person');
    }
    for (const m of u.mentions) {
      if (m.quoted || seen.has(m.kind)) continue;
      if (m.prep && m.kind !== 'media') continue;
      seen.add(m.kind);
      this.note(m.id, m.kind);
    }
  }
}
