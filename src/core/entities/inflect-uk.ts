/**
 * Ukrainian declension of names from their nominative (singular nouns by ending, plural nouns in
 * -и, hard adjectives, surnames). It over-generates on purpose where the rules fork (masculine
 * genitive -а/-у, -р stems hard or soft): a form that never occurs in text costs nothing, a form
 * that is missing loses a mention. Rules after the standard school grammar (Вихованець,
 * Городенська «Теоретична морфологія української мови», 2004).
 */
import { type Paradigm, type WordContext, declinable, fixed, fromEndings, merge, ukAlternate } from './paradigm';

const VOWELS = 'аеєиіїоуюя\'';
const SIBILANTS = 'жчшщ';

/** Words whose stems alternate (і→о, fleeting е) or that otherwise escape the rules. */
const IRREGULAR: Record<string, string[][]> = {
  Київ: [['Києва'], ['Києву'], ['Київ'], ['Києвом'], ['Києві']],
  дім: [['дому'], ['дому', 'домові'], ['дім'], ['домом'], ['домі']],
  Кишинів: [['Кишинева'], ['Кишиневу'], ['Кишинів'], ['Кишиневом'], ['Кишиневі']],
  Єгипет: [['Єгипту'], ['Єгипту'], ['Єгипет'], ['Єгиптом'], ['Єгипті']],
  Відень: [['Відня'], ['Відню'], ['Відень'], ['Віднем'], ['Відні']],
  Дніпро: [['Дніпра'], ['Дніпру'], ['Дніпро'], ['Дніпром'], ['Дніпрі']],
  Білорусь: [['Білорусі'], ['Білорусі'], ['Білорусь'], ['Білоруссю'], ['Білорусі']],
  Бєларусь: [['Бєларусі'], ['Бєларусі'], ['Бєларусь'], ['Бєларуссю'], ['Бєларусі']],
  Марко: [['Марка'], ['Марку', 'Маркові'], ['Марка'], ['Марком'], ['Маркові']],
  Петро: [['Петра'], ['Петру', 'Петрові'], ['Петра'], ['Петром'], ['Петрові']],
};

/** Hard adjective endings per gender (after the stem), slots 1..5. */
const ADJ_HARD: Record<'m' | 'f' | 'n' | 'pl', string[][]> = {
  m: [['ого'], ['ому'], ['ий'], ['им'], ['ому', 'ім']],
  f: [['ої'], ['ій'], ['у'], ['ою'], ['ій']],
  n: [['ого'], ['ому'], ['е'], ['им'], ['ому', 'ім']],
  pl: [['их'], ['им'], ['і'], ['ими'], ['их']],
};
const ADJ_NOM = { m: 'ий', f: 'а', n: 'е', pl: 'і' } as const;

/** Whether a word standing before the head noun has an adjective's ending. */
export function ukLooksAdjective(word: string): boolean {
  const w = word.toLowerCase();
  if (w.endsWith('ий')) return true;
  if (/(ськ|цьк|зьк|ик|н|ов|ев|єв|ів|ч)а$/.test(w)) return true;
  if (/н[я]$/.test(w)) return true;
  if (w.length >= 5 && /(н|ськ|цьк|ов|к|ч)[еі]$/.test(w)) return true;
  return false;
}

/** The full adjective paradigm of one gender form, or null when the word is not an adjective. */
function adjective(word: string): Paradigm | null {
  if (/ня$/.test(word)) {
    const s = word.slice(0, -1);
    return fromEndings(word, s, [['ьої'], ['ій'], ['ю'], ['ьою'], ['ій']]);
  }
  for (const g of ['m', 'f', 'n', 'pl'] as const) {
    const nom = ADJ_NOM[g];
    if (word.endsWith(nom)) return fromEndings(word, word.slice(0, -nom.length), ADJ_HARD[g]);
  }
  return null;
}

/** Every form of an adjective given as its masculine nominative ("китайський"), all genders and numbers. */
export function ukAdjectiveForms(masc: string): string[] {
  if (!masc.endsWith('ий')) return [masc];
  const stem = masc.slice(0, -2);
  const out = new Set<string>([stem + 'о']); // the compound stem: "китайсько-російські"
  for (const g of ['m', 'f', 'n', 'pl'] as const) {
    for (const alts of fromEndings(stem + ADJ_NOM[g], stem, ADJ_HARD[g])) for (const f of alts) out.add(f);
  }
  return [...out];
}

function masculineConsonant(w: string, ctx: WordContext): Paradigm {
  const last = w.at(-1)!;
  if (last === 'й') return fromEndings(w, w.slice(0, -1), [['ю', 'я'], ['ю', 'єві'], ['й'], ['єм'], ['ї', 'ю']]);
  if (last === 'ь') return fromEndings(w, w.slice(0, -1), [['я', 'ю'], ['ю', 'еві'], ['ь'], ['ем'], ['і', 'ю']]);
  if (SIBILANTS.includes(last) || last === 'ц') return fromEndings(w, w, [['а', 'у'], ['у', 'еві', 'ові'], [''], ['ем', 'ом'], ['і', 'у']]);
  let p = fromEndings(w, w, [['а', 'у'], ['у', 'ові'], [''], ['ом'], ['у']]);
  p[5]!.push(ukAlternate(w) + 'і');
  if (last === 'р') p = merge(p, fromEndings('', w, [['я', 'ю'], ['ю', 'еві'], ['я'], ['ем'], ['і']]));
  if (w.length >= 4 && w.endsWith('ів')) {
    const o = w.slice(0, -2) + 'ов'; // Харків → Харкова, Львів → Львова
    p = merge(p, fromEndings('', o, [['а', 'у'], ['у'], ['а'], ['ом'], ['і']]));
  }
  if (ctx.person && /(ов|ев|єв|ін|їн|ин)$/.test(w)) p[4]!.push(w + 'им'); // Путіним, Лавровим
  return p.map((alts) => alts.filter((a) => a !== ''));
}

/** The paradigm of one Ukrainian word in the given context (fixed when it does not inflect). */
export function ukParadigm(word: string, ctx: WordContext): Paradigm {
  const irregular = IRREGULAR[word];
  if (irregular) return [[word], ...irregular];
  if (!declinable(word)) return fixed(word);
  const w = word;
  const last = w.at(-1)!.toLowerCase();
  if (ctx.adjective || (ctx.person && !ctx.female && w.endsWith('ий'))) return adjective(w) ?? fixed(w);
  if (ctx.person && ctx.female && /(ов|ев|єв|ін|їн|ин|ськ|цьк)а$/.test(w)) return adjective(w) ?? fixed(w);
  if (!VOWELS.includes(last) && last !== 'ь' && last !== 'й') return ctx.person && ctx.female ? fixed(w) : masculineConsonant(w, ctx);
  if (w.endsWith('сть')) return fromEndings(w, w.slice(0, -1), [['і'], ['і'], ['ь'], ['ю'], ['і']]); // feminine: область → області, областю
  if (last === 'й' || last === 'ь') return ctx.person && ctx.female ? fixed(w) : masculineConsonant(w, ctx);
  const s = w.slice(0, -1);
  const prev = s.at(-1) ?? '';
  if (last === 'а') {
    if (!prev || VOWELS.includes(prev)) return fixed(w); // Папуа, Гуа: foreign, fixed
    const sib = SIBILANTS.includes(prev);
    return fromEndings(w, s, [[sib ? 'і' : 'и'], [], ['у'], [sib ? 'ею' : 'ою'], []]).map((alts, i) =>
      i === 2 || i === 5 ? [ukAlternate(s) + 'і'] : alts,
    );
  }
  if (last === 'я') {
    if (/(нн|тт|лл|сс|чч|зз|дд|жж|шш|цц)я$/.test(w)) return fromEndings(w, s, [['я'], ['ю'], ['я'], ['ям'], ['і']]);
    if (VOWELS.includes(prev)) return fromEndings(w, s, [['ї'], ['ї'], ['ю'], ['єю'], ['ї']]);
    return fromEndings(w, s, [['і'], ['і'], ['ю'], ['ею'], ['і']]);
  }
  if (last === 'о') {
    if (ctx.person && !ctx.female && w.endsWith('ко')) return fromEndings(w, s, [['а'], ['ові', 'у'], ['а'], ['ом'], ['ові', 'у']]);
    if (w.endsWith('во')) return fromEndings(w, s, [['а'], ['у'], ['о'], ['ом'], ['і']]);
    return fixed(w);
  }
  if (last === 'и' && !ctx.person) {
    return fromEndings(w, s, [ctx.multi ? ['ів', ''] : ['ів'], ['ам'], ['и'], ['ами'], ['ах']]);
  }
  return fixed(w); // -е, -є, -і, -ї, -у, -ю: Рютте, Шойгу, Чилі, Моді
}
