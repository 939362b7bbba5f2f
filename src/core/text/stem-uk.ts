/**
 * Ukrainian suffix stripper for matching. One longest-ending removal over noun, adjective and verb
 * endings (verb endings include their theme suffixes: "-ував", "-овує", "-ування"), then the
 * alternations that keep forms of one word apart: epenthetic л, д/дж, г/ж/з, and і/о, ї/є in the
 * last closed syllable ("Харків/Харкова", "Київ/Києва", "рік/року").
 *
 * Capitalized words may be names, so they lose only noun/adjective endings and never -ів/-ові
 * ("Львів", "Ярослав" are stems, not genitive plurals or past tenses).
 */
import { dropEpentheticL, endings, foldFinalConsonant, longestEnding, MIN_STEM } from './stem-rules';

const NOUN = [
  'а', 'я', 'о', 'е', 'є', 'у', 'ю', 'і', 'ї', 'и', 'й', 'ь', 'ом', 'ем', 'єм', 'ою', 'ею', 'єю', 'ам', 'ям',
  'ами', 'ями', 'ах', 'ях', 'ей', 'ів', 'їв', 'ьми',
];
const ADJ = [
  'ий', 'ій', 'ого', 'ього', 'ому', 'ьому', 'ім', 'им', 'ої', 'ьої', 'ою', 'ьою', 'их', 'іх', 'ими', 'іми', 'ую', 'юю',
  'ая', 'яя', 'еє',
];
/** Verbal nouns: "спростування", "заперечення", "повідомленням", "рішень". */
const VERBAL_NOUN: [string[], string[]] = [
  ['а', 'я', 'е', 'є', 'і', 'ува', 'юва', 'ова', 'овува'],
  ['ння', 'нні', 'нню', 'нням', 'ннями', 'ннях', 'нь'],
];
const THEMES = ['а', 'я', 'и', 'і', 'ї', 'е', 'ува', 'юва', 'ова', 'овува', 'ну', 'ну'];
const PAST_INF_FUT: [string[], string[]] = [
  THEMES,
  ['в', 'ла', 'ло', 'ли', 'ти', 'ть', 'вши', 'тиму', 'тимеш', 'тиме', 'тимемо', 'тимете', 'тимуть', 'но', 'то'],
];
const PRESENT = [
  'ує', 'ують', 'уєш', 'уємо', 'уєте', 'ую', 'ає', 'ають', 'аєш', 'аємо', 'аєте', 'яє', 'яють', 'іє', 'іють',
  'ює', 'юють', 'юєш', 'юємо', 'юєте', 'ить', 'ять', 'уть', 'ють', 'ать', 'ємо', 'имо', 'ите', 'ете', 'еш', 'иш', 'овує', 'овують', 'овуючи',
  'ючи', 'учи', 'ачи', 'ячи', 'уючи', 'аючи', 'яючи',
];
/** Bare past endings after a consonant-final root: "допомогла", "несли", "померла". */
const BARE_PAST = new Set(['ла', 'ло', 'ли']);
const BARE_PAST_BEFORE = /[гкзсбпрхд]$/;

const ALL = endings([...NOUN, ...ADJ, ...PRESENT, ...BARE_PAST], VERBAL_NOUN, PAST_INF_FUT);
const NAME = endings([...NOUN.filter((e) => e !== 'ів' && e !== 'їв'), ...ADJ], VERBAL_NOUN);
const ADJ_SET = new Set(ADJ);
/** Names take adjective endings only after the stems of adjectival surnames and -ін/-ов names. */
const NAME_ADJ_STEM = /(?:[сцз]ьк|ін|ин|ов|єв|ев)$/;
/** Adjectival -ов- ("військовий", "президентові" after -і) leaves a stem at least this long. */
const MIN_OV_STEM = 4;
/** Vowels that can follow a vowel-final stem only as a one-letter ending ("Коре-ю", not "Кор-ею"). */
const PLAIN_VOWEL = /^[аеиіоу]/;

const VOWELS = 'аеєиіїоуюя';

function acceptUk(stem: string, ending: string): boolean {
  if (BARE_PAST.has(ending)) return BARE_PAST_BEFORE.test(stem);
  if (ending.length > 1 && PLAIN_VOWEL.test(ending) && VOWELS.includes(stem[stem.length - 1]!)) return false;
  return true;
}

function acceptName(stem: string, ending: string): boolean {
  if (ADJ_SET.has(ending) && !NOUN.includes(ending) && !NAME_ADJ_STEM.test(stem)) return false;
  return acceptUk(stem, ending);
}

/** Stems one lowercased-or-capitalized Ukrainian word (apostrophes already removed, ґ→г). */
export function stemUk(word: string, capitalized: boolean): string {
  let w = word;
  // Reflexive verbs: "зустрівся", "відбулася", "розповідається".
  if (!capitalized && w.length - 2 >= MIN_STEM + 1 && (w.endsWith('ся') || w.endsWith('сь'))) w = w.slice(0, -2);
  const e = capitalized ? longestEnding(w, NAME, MIN_STEM, acceptName) : longestEnding(w, ALL, MIN_STEM, acceptUk);
  let stem = e ? w.slice(0, w.length - e.length) : w;
  if (stem.endsWith('ь') && stem.length > MIN_STEM) stem = stem.slice(0, -1);
  stem = dropEpentheticL(stem);
  stem = foldFinalConsonant(stem);
  stem = foldClosedI(stem);
  if (stem.endsWith('ов') && stem.length - 2 >= MIN_OV_STEM) stem = foldClosedI(stem.slice(0, -2));
  // "Коре-я" / "Кор-ею", "збро-я" / "збр-ою": a stem-final е/о is the other reading's ending vowel.
  if (stem.length > MIN_STEM && /[ео]$/.test(stem)) stem = stem.slice(0, -1);
  return stem;
}

/** і/о and ї/є alternate in a closed last syllable ("Харків/Харкова", "Київ/Києва"): fold to о, є. */
function foldClosedI(stem: string): string {
  for (let i = stem.length - 1; i >= 0; i--) {
    const ch = stem[i]!;
    if (!VOWELS.includes(ch)) continue;
    if (i === stem.length - 1) return stem; // open syllable
    if (ch === 'і') return stem.slice(0, i) + 'о' + stem.slice(i + 1);
    if (ch === 'ї') return stem.slice(0, i) + 'є' + stem.slice(i + 1);
    return stem;
  }
  return stem;
}
