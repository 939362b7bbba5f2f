/**
 * Retrieval keys of a claim. Language-independent keys (entity ids, concept ids, numbers, dates) are
 * what lets a Ukrainian claim find its Russian or English evidence; stemmed content words add
 * precision between claims in the same language. Keys are prefixed by their field: `e:china`,
 * `c:train`, `n:200`, `d:2026-05-19`, `w:uk:підготов`.
 */
import type { Claim, Lang } from '../types';
import { loadGazetteer } from '../entities/gazetteer';
import { stem } from '../text/stem';
import { words } from '../text/tokenize';

/** Concepts that say what someone did with a claim (deny it, confirm it), not what it is about: stance cues, not topic. */
export const STANCE_CONCEPTS = new Set(['deny', 'confirm']);
/** Shorter stems carry little meaning ("не", "на", "the"). */
const MIN_WORD_STEM = 4;
/** At most this many word keys per claim (long sentences would otherwise dominate the index). */
const MAX_WORD_KEYS = 24;
/** Quantities that are usually not the claim's number: days of month in datelines, one/two. */
const SMALL_NUMBER_MAX = 31;

// Frequent function and reporting words of news text in uk/ru/en, as stems ≥ MIN_WORD_STEM long.
const STOP = new Set(
  ('який яка яке які якого також після через щодо однак проте цього того тому було були буде вона вони його їхні їхній може можуть ' +
    'зазначив заявив заявила заявили повідомив повідомила повідомили повідомля сказав сказала каже кажуть писало пише ' +
    'который которая которое которые также после через однако этого того было были будет она они может могут ' +
    'заявил заявила заявили сообщил сообщила сообщили сообщает сказал сказала пишет писало отметил ' +
    'that this with from have has had been were will would said says told reported report according which their there about ' +
    'also after could should into than them they what when where while year years').split(' '),
);

// A wire dateline, "BRUSSELS/LONDON, May 19 (Reuters) - ": where the story was filed, not what it is about.
const DATELINE = /^[\p{Lu}][\p{Lu}\p{Pd} ./']*(?:, [\p{L}. ]{2,30})?, \p{L}+\.? \d{1,2} \((?:Reuters|AP|AFP|Bloomberg)\)\s*[-–—]\s*/u;

/** Entities named only in a sentence's wire dateline (they are dropped from its keys). */
export function datelineOnly(text: string, entities: readonly string[], lang: Lang): Set<string> {
  const m = DATELINE.exec(text);
  if (!m) return new Set();
  const gaz = loadGazetteer();
  const inBody = new Set(gaz.match(text.slice(m[0].length), lang).map((x) => x.id));
  return new Set(gaz.match(m[0], lang).map((x) => x.id).filter((id) => !inBody.has(id) && entities.includes(id)));
}

/** Field of a key: entity, concept, number, date or word. */
export type KeyField = 'e' | 'c' | 'n' | 'd' | 'w';

/** A number worth matching on: not a small count or day, not a year already seen as a date. */
export function significantNumber(v: number): boolean {
  return Number.isFinite(v) && (v > SMALL_NUMBER_MAX || !Number.isInteger(v));
}

/** Number key: rounded so "200" and "200.0" agree. */
function numberKey(v: number): string {
  return `n:${Math.round(v * 100) / 100}`;
}

/** Stemmed content-word keys of a sentence (language-tagged: the same letters mean different words across languages). */
export function wordKeys(text: string, lang: Lang): string[] {
  const out = new Set<string>();
  for (const w of words(text)) {
    if (out.size >= MAX_WORD_KEYS) break;
    if (!/\p{L}/u.test(w.norm)) continue;
    const s = stem(w.text, lang).toLowerCase();
    if (s.length < MIN_WORD_STEM || STOP.has(s) || STOP.has(w.norm)) continue;
    out.add(`w:${lang}:${s}`);
  }
  return [...out];
}

/** Language-independent keys of a claim (entities, topic concepts, significant numbers, dates). */
export function crossKeys(c: Pick<Claim, 'entities' | 'concepts' | 'numbers' | 'dates'> & Partial<Pick<Claim, 'speaker' | 'source'>>): string[] {
  const out = new Set<string>();
  for (const e of c.entities) out.add(`e:${e}`);
  // Who said or reported it, even when named in another sentence ("Про це повідомляє Reuters").
  if (c.speaker) out.add(`e:${c.speaker}`);
  if (c.source) out.add(`e:${c.source}`);
  for (const k of c.concepts) if (!STANCE_CONCEPTS.has(k)) out.add(`c:${k}`);
  for (const n of c.numbers) if (significantNumber(n)) out.add(numberKey(n));
  for (const d of c.dates) out.add(`d:${d}`);
  return [...out];
}

/** All keys of a claim: cross-language keys then word keys. */
export function claimKeys(c: Pick<Claim, 'text' | 'lang' | 'entities' | 'concepts' | 'numbers' | 'dates'> & Partial<Pick<Claim, 'speaker' | 'source'>>): string[] {
  const drop = datelineOnly(c.text, c.entities, c.lang);
  const entities = drop.size ? c.entities.filter((e) => !drop.has(e)) : c.entities;
  return [...crossKeys({ ...c, entities }), ...wordKeys(c.text, c.lang)];
}

/** The field of a key. */
export function fieldOf(key: string): KeyField {
  return key[0] as KeyField;
}
