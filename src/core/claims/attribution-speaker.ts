/**
 * Who a cue belongs to: the named person before the verb ("Рютте зауважив"), the name after it in
 * inverted order ("– сказав Столтенберг", "Про це повідомляє Інтерфакс-Україна"), or the entity a
 * role noun or pronoun stands for ("– зазначив генсек", "– написав він", "У Кремлі спростували").
 */
import type { EntityKind } from './deps';
import type { CueHit } from './attribution-cue';
import { describedBy, type Salience } from './coref';
import { gazetteer } from './deps';
import { isPronoun, roleOfWord } from './roles';
import { wordPatternOf } from './word-pattern';
import type { Mention, Unit } from './units';

/** How far (in words) a role noun or name may stand from its cue. */
const ROLE_WINDOW = 3;
const AFTER_WINDOW = 7;
/** At most this many words after a comma-preceded cue at the end of a sentence: its holder. */
const TRAILING_HOLDER_WORDS = 3;
/** A word that starts with a capital (one regex object, not one per call: this runs for every cue's neighbours). */
const CAPITALISED = /^\p{Lu}/u;
/** A role noun this close to the start of a sentence is its subject ("Російський президент виступив …"). */
const SUBJECT_WINDOW = 3;
/** How far after a role noun its name may follow ("Голова КНР Сі Цзіньпін"). */
const ROLE_NAME_WINDOW = 4;

/** Words that open the reported clause after a cue ("заявив, що …", "said that …"). */
const COMPLEMENTIZERS = new Set(['що', 'что', 'чтобы', 'щоб', 'that', 'як', 'как', 'про', 'о', 'об']);

/** A resolved attribution holder. */
export interface Holder {
  id?: string;
  kind?: EntityKind;
  /** An unnamed source ("джерело", "посадовець"): there is a holder, but no entity. */
  anonymous?: boolean;
  /** Named through "аналітики"/"вони": the analysts of a think tank or outlet, i.e. a source. */
  group?: boolean;
}

const PREFERENCE: Record<string, EntityKind[]> = {
  report: ['media', 'org', 'gov', 'country', 'person', 'place', 'other'],
  other: ['person', 'gov', 'org', 'country', 'media', 'place', 'other'],
};

/**
 * The nearest mention of the first kind in `order` that has one; among equally near ones the first.
 * (One pass per kind, no filtered and sorted copies: this runs for every cue.)
 */
function best(ms: Mention[], order: EntityKind[], near: (m: Mention) => number): Mention | undefined {
  for (const k of order) {
    let top: Mention | undefined;
    let topNear = Infinity;
    for (const m of ms) {
      if (m.kind !== k) continue;
      const d = near(m);
      if (top === undefined || d < topNear) {
        top = m;
        topNear = d;
      }
    }
    if (top) return top;
  }
  return undefined;
}

/** Resolves the role noun at word `r` to a holder, using a name that follows it or salience. */
export function resolveRole(u: Unit, r: number, sal: Salience, exclude: Set<string>): Holder | undefined {
  const role = roleOfWord(u.words[r]!);
  if (!role) return undefined;
  // "China's foreign ministry", "Генсек НАТО": a role word inside a name is part of that name.
  const w = u.words[r]!;
  if (u.mentions.some((m) => m.start <= w.start && w.end <= m.end)) return undefined;
  if (role === 'anonymous') return { anonymous: true };
  const after = u.mentions.filter((m) => m.word > r && m.word <= r + ROLE_NAME_WINDOW && !m.quoted && !exclude.has(m.id));
  // "Пресс-секретарь президента России заявил": a person right after a spokesperson noun whose own
  // offices do not fit it is the one spoken for (genitive), not the speaker.
  const principal = (m: Mention): boolean => role === 'spokes' && spokenFor(u, m);
  const person = after.find((m) => m.kind === 'person' && !principal(m));
  if (person && (role === 'person' || role === 'spokes')) return { id: person.id, kind: 'person' };
  if (role === 'spokes' && after.some(principal)) {
    const own = sal.described('person', w.norm);
    if (own) return own;
  }
  if (role === 'org') {
    // "Kazakhstan's foreign ministry": the country named just before the role word.
    const owner = u.mentions.find((m) => m.word < r && m.word >= r - 2 && !m.quoted && m.kind !== 'person' && !exclude.has(m.id));
    if (owner) return { id: owner.id, kind: owner.kind };
  }
  if (role === 'spokes') {
    const org = after.find((m) => m.kind !== 'person' && m.word <= r + 2);
    if (org) return { id: org.id, kind: org.kind };
  }
  if (role === 'media') {
    const media = after.find((m) => m.kind === 'media' && m.word <= r + 2);
    if (media) return { id: media.id, kind: 'media' };
  }
  if (role === 'group') {
    const named = after.find((m) => m.kind === 'media' || m.kind === 'org');
    if (named) return { id: named.id, kind: named.kind, group: true };
  }
  // "The Ryazan governor denied …" after Zelensky spoke: an office noun refers only to a holder of that office.
  if (role === 'inst' || (role === 'person' && !isPronoun(u.words[r]!.norm))) return sal.described(role, u.words[r]!.norm);
  // "The ministry said" after "China's foreign ministry": the institution so named, before any other body.
  if (role === 'org') {
    const named = sal.described('inst', u.words[r]!.norm);
    if (named) return named;
  }
  const s = sal.resolve(role);
  return s ? { id: s.id, kind: s.kind, ...(role === 'group' ? { group: true } : {}) } : undefined;
}

/** A capitalised word that is a word of a person's name seen before ("Wang insisted" after "Wang Yi"). */
export function shortName(u: Unit, r: number, sal: Salience): Holder | undefined {
  const w = u.words[r]!;
  if (!CAPITALISED.test(w.text) || u.mentions.some((m) => m.start <= w.start && w.end <= m.end)) return undefined;
  const p = sal.named(w.norm);
  return p ? { id: p.id, kind: 'person' } : undefined;
}

/** True when the cue follows a quotation or a dash, or opens the sentence: the holder comes after it. */
export function inverted(u: Unit, cue: CueHit): boolean {
  if (cue.from === 0) return true;
  const prev = u.words[cue.from - 1]!;
  const gap = u.text.slice(prev.end, u.words[cue.from]!.start);
  if (/[\u2013\u2014-]/.test(gap)) return true;
  // After a quotation ("…», – сказав він"), but not after a quoted name (Газета «Коммерсантъ» пишет).
  const closes = u.quotes.find((q) => q.end > prev.start && q.end <= u.words[cue.from]!.start);
  if (closes && !u.mentions.some((m) => m.start >= closes.start && m.end <= closes.end && closes.end - closes.start - 2 <= m.end - m.start + 3)) return true;
  const first = u.words[0]!.norm;
  // "Про це повідомляє X", but "Про це він сказав в інтерв'ю CNN": a holder before the cue comes first.
  if (first === 'про' || first === 'об') return !holderBefore(u, cue);
  if ((first === 'как' || first === 'як') && cue.from <= 1) return true;
  // "…, вважають аналітики." / "…, розповідають аналітики.": the cue and its holder close the sentence;
  // "…, said Andrii Sybiha, Ukraine's foreign minister", "…, заявив у середу в Брюсселі генсек НАТО":
  // a comma-preceded cue whose subject follows it, before any "що"/"that" opens a clause.
  return gap.includes(',') && (u.words.length - cue.to <= TRAILING_HOLDER_WORDS || subjectFollows(u, cue));
}

/** Words that open the outlet's own sources: "citing", "з посиланням на", "со ссылкой на" (answers kept per word). */
const CITING_WORDS = wordPatternOf(/^(citing|посиланням|ссылкой)$/);

/**
 * Word indices inside a "citing U.S. officials," / "з посиланням на джерела," aside (up to its comma or
 * the cue): who the outlet cites is not who reports ("The WSJ, citing U.S. officials, reported").
 */
function citedWords(u: Unit, cue: CueHit): (r: number) => boolean {
  let at = 0;
  while (at < u.words.length && !CITING_WORDS.testToken(u.words[at]!)) at++;
  if (at === u.words.length) return () => false;
  if (at >= cue.from && at < cue.to) return () => false;
  // The aside ends at a comma or dash, at the cue, or at an outlet named after the cited ones
  // ("Со ссылкой на американских чиновников The Wall Street Journal сообщает").
  const outletAt = (r: number): boolean => r > at + 2 && u.mentions.some((m) => m.word === r && m.kind === 'media');
  let end = at + 1;
  while (end < u.words.length && end !== cue.from && !outletAt(end) && !/[,;:\u2013\u2014]/.test(u.text.slice(u.words[end - 1]!.end, u.words[end]!.start))) end++;
  return (r) => r >= at && r < end;
}

/** A name or a role noun between "Про це" and the cue ("Про це він сказав", "Об этом Песков заявил"). */
function holderBefore(u: Unit, cue: CueHit): boolean {
  if (u.mentions.some((m) => m.word >= 2 && m.word < cue.from && !m.prep && !m.quoted)) return true;
  for (let r = 2; r < cue.from; r++) if (roleOfWord(u.words[r]!)) return true;
  return false;
}

/** A name (not after a preposition) within AFTER_WINDOW words after the cue, with no complementizer before it. */
function subjectFollows(u: Unit, cue: CueHit): boolean {
  const m = u.mentions.find((x) => x.word >= cue.to && !x.quoted && !x.prep);
  if (!m || m.word >= cue.to + AFTER_WINDOW) return false;
  for (let r = cue.to; r < m.word; r++) if (COMPLEMENTIZERS.has(u.words[r]!.norm)) return false;
  return true;
}

/** Locative prepositions: "у Кремлі", "в Генштабе", "in Beijing" name where a body speaks from. */
const LOCATIVE = new Set(['у', 'в', 'во']);

/** True when `m` is an institution right after a locative preposition ("у Міноборони", "в МИД"). */
function locative(u: Unit, m: Mention): boolean {
  return m.prep && (m.kind === 'gov' || m.kind === 'org') && LOCATIVE.has(u.words[m.word - 1]?.norm ?? '');
}

/**
 * True when person `m` follows a spokesperson noun that is not one of their known offices: uk/ru put the
 * one spoken for in the genitive right there ("речник Путіна", "пресс-секретарь президента России");
 * English puts a name ("spokesperson Guo Jiakun"), and a person with no offices in the data may be either.
 */
function spokenFor(u: Unit, m: Mention): boolean {
  const prev = u.words[m.word - 1];
  if (m.kind !== 'person' || !prev || u.lang === 'en' || roleOfWord(prev) !== 'spokes') return false;
  const offices = gazetteer().offices(m.id);
  return offices.length > 0 && !describedBy(prev.norm, offices);
}

/** True when mention `m` follows another non-person mention with only a space between ("ГУР Минобороны"). */
function ownerOf(u: Unit, m: Mention): boolean {
  return u.mentions.some((p) => p !== m && p.kind !== 'person' && p.end <= m.start && /^\s+$/.test(u.text.slice(p.end, m.start)));
}

/** The holder of `cue`, or undefined when the sentence does not say. */
export function holderOf(u: Unit, cue: CueHit, sal: Salience, exclude: Set<string>): Holder | undefined {
  const order = PREFERENCE[cue.family === 'report' ? 'report' : 'other']!;
  const cited = citedWords(u, cue);
  const free = u.mentions.filter((m) => !m.quoted && !exclude.has(m.id) && !spokenFor(u, m) && !cited(m.word));
  const after = (): Holder | undefined => {
    const near = free.filter((m) => m.word >= cue.to && m.word < cue.to + AFTER_WINDOW);
    // "Про це повідомили в Повітряних силах", "заявили у Кремлі": a body after a locative is the one speaking.
    const ms = near.filter((m) => !m.prep);
    const m = best(ms, order, (x) => x.word - cue.to) ?? best(near.filter((x) => locative(u, x)), order, (x) => x.word - cue.to);
    for (let r = cue.to; r < Math.min(u.words.length, cue.to + ROLE_WINDOW); r++) {
      if (m && m.word <= r) break;
      if (cited(r)) continue;
      const h = resolveRole(u, r, sal, exclude) ?? shortName(u, r, sal);
      if (h) return h;
    }
    return m ? { id: m.id, kind: m.kind } : undefined;
  };
  if (inverted(u, cue)) {
    const h = after();
    if (h) return h;
  }
  // "В ГУР Минобороны Украины подтвердили": a name right after another one is its genitive owner, not a subject.
  const before = free.filter((m) => m.word < cue.from && !(m.kind !== 'person' && ownerOf(u, m)));
  const person = best(before.filter((m) => !m.prep && m.kind === 'person'), ['person'], (x) => cue.from - x.word);
  if (person) return { id: person.id, kind: 'person' };
  for (let r = cue.from - 1; r >= Math.max(0, cue.from - ROLE_WINDOW); r--) {
    if (cited(r)) continue;
    const h = resolveRole(u, r, sal, exclude) ?? shortName(u, r, sal);
    if (h) return h;
  }
  const firstMention = before[0]?.word ?? Infinity;
  for (let r = 0; r < Math.min(SUBJECT_WINDOW, cue.from, firstMention); r++) {
    const role = roleOfWord(u.words[r]!);
    if (role !== 'person' && role !== 'spokes' && role !== 'group' && role !== 'inst') continue;
    const h = resolveRole(u, r, sal, exclude);
    if (h) return h;
  }
  const named = best(before.filter((m) => !m.prep), order, (x) => cue.from - x.word) ?? best(before, order, (x) => cue.from - x.word);
  if (named) return { id: named.id, kind: named.kind };
  return inverted(u, cue) ? undefined : after();
}
