/**
 * Russian declension of names from their nominative, the counterpart of inflect-uk.ts (same
 * slots, same deliberate over-generation where the rules fork). Rules after Зализняк,
 * «Грамматический словарь русского языка» (1977), simplified to the shapes names take.
 */
import { type Paradigm, type WordContext, declinable, fixed, fromEndings } from './paradigm';

const VOWELS = 'аеиоуыэюя';
/** Stems after which Russian writes и rather than ы (the "spelling rule"). */
const VELAR_SIB = 'гкхжшчщ';

const IRREGULAR: Record<string, string[][]> = {
  Египет: [['Египта'], ['Египту'], ['Египет'], ['Египтом'], ['Египте']],
  Беларусь: [['Беларуси'], ['Беларуси'], ['Беларусь'], ['Беларусью'], ['Беларуси']],
  Днепр: [['Днепра'], ['Днепру'], ['Днепр'], ['Днепром'], ['Днепре']],
};

function adjEndings(stem: string, g: 'm' | 'f' | 'n' | 'pl'): string[][] {
  const y = VELAR_SIB.includes(stem.at(-1) ?? '') ? 'и' : 'ы';
  switch (g) {
    case 'm':
      return [['ого'], ['ому'], [y + 'й'], [y + 'м'], ['ом']];
    case 'f':
      return [['ой'], ['ой'], ['ую'], ['ой'], ['ой']];
    case 'n':
      return [['ого'], ['ому'], ['ое'], [y + 'м'], ['ом']];
    case 'pl':
      return [[y + 'х'], [y + 'м'], [y + 'е'], [y + 'ми'], [y + 'х']];
  }
}
const NOM_ENDINGS: [string, 'm' | 'f' | 'n' | 'pl'][] = [
  ['ый', 'm'], ['ий', 'm'], ['ой', 'm'], ['ая', 'f'], ['ое', 'n'], ['ые', 'pl'], ['ие', 'pl'],
];

/** Whether a word standing before the head noun has an adjective's ending. */
export function ruLooksAdjective(word: string): boolean {
  return /(ый|ий|ой|ая|яя|ое|ее|ые|ие)$/.test(word.toLowerCase());
}

function adjective(word: string): Paradigm | null {
  if (word.endsWith('яя')) return fromEndings(word, word.slice(0, -2), [['ей'], ['ей'], ['юю'], ['ей'], ['ей']]);
  for (const [nom, g] of NOM_ENDINGS) {
    if (word.endsWith(nom)) {
      const stem = word.slice(0, -2);
      return fromEndings(word, stem, adjEndings(stem, g));
    }
  }
  return null;
}

/** Every form of an adjective given as its masculine nominative ("китайский"), all genders and numbers. */
export function ruAdjectiveForms(masc: string): string[] {
  if (!/(ый|ий|ой)$/.test(masc)) return [masc];
  const stem = masc.slice(0, -2);
  const y = VELAR_SIB.includes(stem.at(-1) ?? '') ? 'и' : 'ы';
  const out = new Set<string>([masc, stem + 'о', stem + 'ая', stem + 'ое', stem + y + 'е']);
  for (const g of ['m', 'f', 'n', 'pl'] as const) for (const alts of adjEndings(stem, g)) for (const e of alts) out.add(stem + e);
  return [...out];
}

function masculineConsonant(w: string, ctx: WordContext): Paradigm {
  const last = w.at(-1)!;
  if (last === 'й') return fromEndings(w, w.slice(0, -1), [['я'], ['ю'], ['й'], ['ем'], ['е']]);
  if (last === 'ь') return fromEndings(w, w.slice(0, -1), [['я'], ['ю'], ['ь'], ['ем'], ['е']]);
  const p = fromEndings(w, w, [['а', 'у'], ['у'], [''], ['ом'], ['е']]);
  if ('жшчщц'.includes(last)) p[4]!.push(w + 'ем');
  if (ctx.person && /(ов|ев|ин|ын)$/.test(w)) p[4]!.push(w + 'ым'); // Путиным, Лавровым
  return p;
}

/** The paradigm of one Russian word in the given context (fixed when it does not inflect). */
export function ruParadigm(word: string, ctx: WordContext): Paradigm {
  const irregular = IRREGULAR[word];
  if (irregular) return [[word], ...irregular];
  if (!declinable(word)) return fixed(word);
  const w = word;
  const last = w.at(-1)!;
  if (ctx.adjective || (ctx.person && !ctx.female && /(ий|ый|ой)$/.test(w))) return adjective(w) ?? fixed(w);
  if (ctx.person && ctx.female && /(ов|ев|ин|ын)а$/.test(w)) return fromEndings(w, w.slice(0, -1), [['ой'], ['ой'], ['у'], ['ой'], ['ой']]);
  if (ctx.person && ctx.female && /(ск|цк)ая$/.test(w)) return adjective(w) ?? fixed(w); // Навроцкая, not Кая
  if (w.endsWith('сть')) return fromEndings(w, w.slice(0, -1), [['и'], ['и'], ['ь'], ['ью'], ['и']]); // feminine: область → области, областью
  if (!VOWELS.includes(last)) return ctx.person && ctx.female ? fixed(w) : masculineConsonant(w, ctx);
  const s = w.slice(0, -1);
  const prev = s.at(-1) ?? '';
  if (last === 'а') {
    if (!prev || VOWELS.includes(prev)) return fixed(w);
    const y = VELAR_SIB.includes(prev) ? 'и' : 'ы';
    return fromEndings(w, s, [[y], ['е'], ['у'], ['жшчщц'.includes(prev) ? 'ей' : 'ой', 'ой'], ['е']]);
  }
  if (last === 'я') {
    if (prev === 'и') return fromEndings(w, s, [['и'], ['и'], ['ю'], ['ей'], ['и']]);
    return fromEndings(w, s, [['и'], ['е'], ['ю'], ['ей'], ['е']]);
  }
  if (last === 'о' && w.endsWith('ство')) return fromEndings(w, s, [['а'], ['у'], ['о'], ['ом'], ['е']]);
  if (last === 'ы' && !ctx.person) {
    return fromEndings(w, s, [ctx.multi ? ['ов', ''] : ['ов'], ['ам'], ['ы'], ['ами'], ['ах']]);
  }
  return fixed(w); // -о, -е, -и, -у, -ю, -э: Шойгу, Рютте, Чили, Лукашенко
}
