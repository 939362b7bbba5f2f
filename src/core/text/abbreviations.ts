/**
 * Abbreviation knowledge for sentence repair (BROWSER-TESTING.md, "Intl.Segmenter for Ukrainian
 * sentences"). A NON-FINAL abbreviation is one after which a sentence practically never ends ("м.
 * Київ", "ст. 5", "Mr. Smith"): a break after it is always repaired. Sentence-final-capable ones
 * ("р.", "грн.", "тис.", "млн.", "etc.") are deliberately absent, so the segmenter's break stands.
 */
import type { Lang } from '../types';

const UK = [
  'м', 'с', 'п', 'ч', 'о', 'т', 'ст', 'див', 'вул', 'просп', 'пров', 'пл', 'бульв', 'обл', 'ім', 'напр',
  'проф', 'акад', 'доц', 'ген', 'ред', 'зв', 'англ', 'укр', 'рос', 'нім', 'лат', 'пор', 'гр', 'пп', 'смт',
  'тов', 'св', 'кн', 'вид', 'табл', 'рис', 'мал', 'розд', 'абз',
];
const RU = [
  'г', 'с', 'п', 'ч', 'о', 'т', 'е', 'н', 'ул', 'пр', 'просп', 'пер', 'пл', 'бульв', 'обл', 'им', 'см', 'ст',
  'стр', 'гл', 'напр', 'проф', 'акад', 'доц', 'ген', 'ред', 'англ', 'укр', 'рус', 'нем', 'лат', 'ср', 'гр',
  'пос', 'дер', 'тов', 'г-н', 'г-жа', 'св', 'кн', 'изд', 'табл', 'рис',
];
const EN = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'gov', 'sen', 'rep',
  'rev', 'hon', 'pres', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'vs', 'fig', 'vol', 'pp', 'approx', 'dept', 'univ', 'ave', 'blvd', 'mt', 'ft', 'jr', 'sr',
  'e.g', 'i.e', 'cf',
];

/** Sentence-final-capable abbreviations: never a non-final break, but not a word that ends a sentence either. */
const FINAL_CAPABLE = [
  'р', 'рр', 'г', 'гг', 'тис', 'тыс', 'млн', 'млрд', 'трлн', 'грн', 'коп', 'руб', 'дол', 'долл', 'км', 'кг', 'см', 'мм',
  'га', 'ін', 'др', 'etc', 'inc', 'ltd', 'co', 'corp', 'bn', 'mln',
];

const SETS: Record<Lang, Set<string>> = {
  uk: new Set(UK),
  ru: new Set(RU),
  en: new Set(EN),
  und: new Set([...UK, ...RU, ...EN]),
};

const ANY_ABBREVIATION = new Set([...UK, ...RU, ...EN, ...FINAL_CAPABLE]);

/** True when `word` (without its dot, any case) is a known abbreviation of any kind. */
export function isAbbreviation(word: string): boolean {
  return ANY_ABBREVIATION.has(word.toLowerCase());
}

/**
 * Abbreviations that are non-final only when they do NOT follow a number: "м. Київ" but "5 м.",
 * "г. Москва" but "2022 г.", "с. 45" but "30 с.", "XX ст." (century) ends sentences.
 */
const UNIT_AFTER_NUMBER = new Set(['м', 'г', 'с', 'ст', 'гг', 'рр', 'р', 'п', 'ч', 'т', 'д', 'no']);

/**
 * Words that start sentences and are never surnames: after "сказав X." or "the U.S." a capitalized
 * word from this set means a real sentence break, anything else is taken as the name after an initial.
 */
export const SENTENCE_STARTERS = new Set(
  (
    'він вона воно вони це цей ця ці цього але проте однак також тому там тут так ні ми я ви у в на за як що коли ' +
    'після через про до від із з нагадаємо раніше згодом потім далі і й а та його її їх при для під над серед ' +
    'водночас натомість утім втім наступного наступний окрім крім якщо хоча бо щоб ' +
    'он она оно они это этот эта эти но однако поэтому нет мы вы как что когда после о об от из с напомним ранее ' +
    'позже затем далее и его ее их под среди между если хотя чтобы кроме также ' +
    'the a an he she it they we i you this that these those but however also so there here in on at after ' +
    'before when if as and or his her their its next then meanwhile earlier later for with from by to of ' +
    'what who why how while since though although our my your one some many most all no yes'
  ).split(' '),
);

/** Sequences ending in a short word that still end sentences: "і т. д.", "и т. п.", "etc.". */
const FINAL_SEQUENCES = /(?:^|[^\p{L}])(?:т\.\s?д|т\.\s?п|т\.\s?ін|т\.\s?і|etc)\.$/iu;

const NUMBER_BEFORE = /(?:\d|\b[IVXLCM]+)\s*$/u;
const LETTER = /\p{L}/u;

function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x0400 && c <= 0x04ff)) return true;
  return c >= 128 && LETTER.test(ch);
}

/** The word right before the final dot, dots and hyphens inside kept ("т.е", "г-н", "Mr"), or ''. */
function lastWord(segment: string): string {
  const dot = segment.length - 1;
  let j = dot;
  while (j > 0) {
    const ch = segment[j - 1]!;
    if (isLetter(ch) || ch === '.' || ch === '-') j--;
    else break;
  }
  let word = segment.slice(j, dot);
  while (word.startsWith('.') || word.startsWith('-')) word = word.slice(1);
  return word;
}

/** True when `segment` (trimmed) ends with an abbreviation after which a sentence does not end. */
export function endsWithNonFinalAbbreviation(segment: string, lang: Lang): boolean {
  if (!segment.endsWith('.')) return false;
  const raw = lastWord(segment);
  if (raw === '' || raw.endsWith('.') || raw.endsWith('-')) return false;
  // A capital single letter is an initial, not "м." or "с.": that is endsWithInitial's business.
  if (raw.length === 1 && raw !== raw.toLowerCase()) return false;
  const word = raw.toLowerCase();
  // The language's own list first; the union catches "Mr." in a Ukrainian text or "г." in a quote.
  if (!SETS[lang]?.has(word) && !SETS.und.has(word)) return false;
  // Only now the final sequences ("і т. д."): most sentences end in a word that is on no list, and every
  // test here only says false, so the order does not change the answer.
  if (FINAL_SEQUENCES.test(segment.slice(-8))) return false;
  if (UNIT_AFTER_NUMBER.has(word)) {
    const before = segment.slice(Math.max(0, segment.length - word.length - 16), segment.length - word.length - 1);
    if (NUMBER_BEFORE.test(before)) return false;
  }
  return true;
}

const INITIAL = /(?:^|[^\p{L}])\p{Lu}\.$/u;

/** True when `segment` ends with a capital initial ("В.", "J.") or a dotted acronym ("U.S."). */
export function endsWithInitial(segment: string): boolean {
  return INITIAL.test(segment);
}
