/**
 * Case forms of uk/ru names, derived at load from the nominatives in data/*.json, so the data
 * lists each name once ("Столтенберг", not "Столтенберга/Столтенбергом/…").
 *
 * A multi-word name is declined slot by slot. Two readings are generated and both kept:
 * - the agreement group: leading adjectives and the head noun inflect, the genitive complement
 *   after them stays ("Рада безпеки ООН" → "Ради безпеки ООН"; "Сполучені Штати Америки" →
 *   "Сполучених Штатів Америки"); for people every word inflects ("Володимира Путіна");
 * - the last word only, where the first reading cannot reach it ("Кім Чен Ина", "Радіо Свободи").
 */
import { type Paradigm, SLOTS, type WordContext } from './paradigm';
import { ukAdjectiveForms, ukLooksAdjective, ukParadigm } from './inflect-uk';
import { ruAdjectiveForms, ruLooksAdjective, ruParadigm } from './inflect-ru';

export type InflectLang = 'uk' | 'ru';

/** Who the name belongs to: people follow their own rules (first names inflect, women's surnames may not). */
export interface NameOptions {
  person?: boolean;
  female?: boolean;
}

/** Hard cap on forms per name: a name with many inflecting words must not explode combinatorially. */
const MAX_FORMS_PER_NAME = 64;

function paradigmOf(word: string, lang: InflectLang, ctx: WordContext): Paradigm {
  return lang === 'uk' ? ukParadigm(word, ctx) : ruParadigm(word, ctx);
}

function looksAdjective(word: string, lang: InflectLang): boolean {
  return lang === 'uk' ? ukLooksAdjective(word) : ruLooksAdjective(word);
}

/** Joins per-word paradigms slot by slot into full-name forms (the nominative is already in `out`). */
function combine(paradigms: Paradigm[], out: Set<string>): void {
  let inflecting = -1;
  let count = 0;
  paradigms.forEach((p, i) => {
    if (p.length > 1) {
      inflecting = i;
      count++;
    }
  });
  if (count === 0) return;
  if (count === 1) {
    // The common case ("Ради безпеки ООН", "Сі Цзіньпіна"): one word changes, the rest is fixed text.
    const words = paradigms.map((p) => p[0]![0]!);
    const prefix = words.slice(0, inflecting).map((w) => w + ' ').join('');
    const suffix = words.slice(inflecting + 1).map((w) => ' ' + w).join('');
    const p = paradigms[inflecting]!;
    for (let slot = 1; slot < p.length; slot++) for (const a of p[slot]!) out.add(prefix + a + suffix);
    return;
  }
  for (let slot = 1; slot < SLOTS; slot++) {
    let forms = [''];
    for (const p of paradigms) {
      const alts = p[slot] ?? p[0]!;
      const next: string[] = [];
      for (const prefix of forms) for (const a of alts) next.push(prefix ? prefix + ' ' + a : a);
      forms = next;
      if (forms.length > MAX_FORMS_PER_NAME) forms = forms.slice(0, MAX_FORMS_PER_NAME);
    }
    for (const f of forms) out.add(f);
  }
}

const same = (w: string): Paradigm => [[w]];

/** Every case form (nominative included) of a uk or ru name. */
export function inflectName(name: string, lang: InflectLang, opts: NameOptions = {}): string[] {
  const words = name.trim().split(/\s+/);
  const multi = words.length > 1;
  const base: WordContext = { person: !!opts.person, female: !!opts.female, adjective: false, multi };
  const out = new Set<string>([words.join(' ')]);
  if (!multi) {
    for (const alts of paradigmOf(words[0]!, lang, base)) for (const f of alts) out.add(f);
    return [...out];
  }
  const last = words.length - 1;
  // Reading 1: people inflect word by word (particles like "фон", "дер", "бін" stay); other names
  // inflect their leading adjectives and head noun.
  const group: Paradigm[] = [];
  let head = -1;
  words.forEach((w, i) => {
    if (opts.person) {
      const particle = w === w.toLowerCase();
      group.push(particle ? same(w) : paradigmOf(w, lang, base));
    } else if (head >= 0) {
      group.push(same(w));
    } else {
      const adj = i < last && looksAdjective(w, lang);
      group.push(paradigmOf(w, lang, { ...base, adjective: adj }));
      if (!adj) head = i;
    }
  });
  combine(group, out);
  // Reading 2: only the last word inflects. For people, when reading 1 inflected other words too
  // ("Сі Цзіньпіна" next to "Володимира Путіна"); for other names, when the head did not inflect
  // ("Радіо Свободи", "ПВК Вагнера"), never after an inflecting head ("канцлер Німеччини" stays).
  const lastParadigm = opts.person ? group[last]! : paradigmOf(words[last]!, lang, base);
  const wanted = opts.person ? group.some((p, i) => i < last && p.length > 1) : head < last && group[head]!.length === 1;
  if (lastParadigm.length > 1 && wanted) {
    combine(words.map((w, i) => (i === last ? lastParadigm : same(w))), out);
  }
  return [...out];
}

/** Every form of an adjective given as its masculine nominative singular. */
export function inflectAdjective(masc: string, lang: InflectLang): string[] {
  return lang === 'uk' ? ukAdjectiveForms(masc.trim()) : ruAdjectiveForms(masc.trim());
}
