/**
 * Numbers written as words: "двісті", "трьох", "пів мільйона", "two hundred", "три тысячи". A small
 * closed vocabulary (units, tens, hundreds, scales) in the cases news text uses; "один"/"one" alone
 * are skipped (far more often "one of" than a quantity), and so are bare plural scales ("тисячі
 * коментарів", "мільйонів людей"): they are not quantities one could check.
 */
import { FoldedVocabulary } from './folded-vocabulary';
import type { NumberUnit } from './numbers';

type Kind = 'unit' | 'hundred-mult' | 'scale' | 'half';
interface Entry {
  value: number;
  kind: Kind;
  /** Scales only: singular forms stand alone ("мільйон" = 1e6), plural ones need a number before them. */
  singular?: boolean;
}

const V: Record<string, Entry> = {};
function add(words: string, value: number, kind: Kind = 'unit', singular?: boolean): void {
  for (const w of words.split(' ')) V[w] = singular === undefined ? { value, kind } : { value, kind, singular };
}
// uk
add('два дві двох двом двома', 2);
add('три трьох трьом трьома', 3);
add('чотири чотирьох чотирьом', 4);
add("п'ять п'яти п'ятьох", 5);
add('шість шести шістьох', 6);
add('сім семи сімох', 7);
add('вісім восьми вісьмох', 8);
add("дев'ять дев'яти", 9);
add('десять десяти десятьох', 10);
add('двадцять двадцяти', 20);
add('тридцять тридцяти', 30);
add('сорок сорока', 40);
add("п'ятдесят п'ятдесяти", 50);
add('шістдесят', 60);
add('сімдесят', 70);
add('вісімдесят', 80);
add("дев'яносто", 90);
add('сто ста', 100);
add('двісті двохсот', 200);
add('триста трьохсот', 300);
add('чотириста', 400);
add("п'ятсот п'ятисот", 500);
add('шістсот', 600);
add('сімсот', 700);
add('вісімсот', 800);
add("дев'ятсот", 900);
add('тисяча тисячу', 1e3, 'scale', true);
add('тисячі тисяч', 1e3, 'scale', false);
add('мільйон', 1e6, 'scale', true);
add('мільйона мільйони мільйонів', 1e6, 'scale', false);
add('мільярд', 1e9, 'scale', true);
add('мільярда мільярди мільярдів', 1e9, 'scale', false);
add('пів', 0.5, 'half');
// ru
add('две двух двум двумя', 2);
add('трех трёх трем', 3);
add('четыре четырех четырёх', 4);
add('пять пяти', 5);
add('шесть', 6);
add('семь', 7);
add('восемь', 8);
add('девять девяти', 9);
add('двадцать двадцати', 20);
add('тридцать тридцати', 30);
add('пятьдесят', 50);
add('шестьдесят', 60);
add('семьдесят', 70);
add('восемьдесят', 80);
add('девяносто', 90);
add('двести двухсот', 200);
add('четыреста', 400);
add('пятьсот', 500);
add('шестьсот', 600);
add('семьсот', 700);
add('восемьсот', 800);
add('девятьсот', 900);
add('тысяча', 1e3, 'scale', true);
add('тысячи', 1e3, 'scale', false);
add('миллион', 1e6, 'scale', true);
add('миллиона миллионы миллионов', 1e6, 'scale', false);
add('миллиард', 1e9, 'scale', true);
add('миллиарда миллиарды миллиардов', 1e9, 'scale', false);
// en
add('two', 2);
add('three', 3);
add('four', 4);
add('five', 5);
add('six', 6);
add('seven', 7);
add('eight', 8);
add('nine', 9);
add('ten', 10);
add('eleven', 11);
add('twelve', 12);
add('fifteen', 15);
add('twenty', 20);
add('thirty', 30);
add('forty', 40);
add('fifty', 50);
add('sixty', 60);
add('seventy', 70);
add('eighty', 80);
add('ninety', 90);
add('hundred', 100, 'hundred-mult');
add('thousand', 1e3, 'scale', true);
add('million', 1e6, 'scale', true);
add('billion', 1e9, 'scale', true);
// "тисяча" also takes a number before it ("дві тисячі"): singular/plural only matters when it stands alone.
// Ukrainian "тисяч" without a number is vague; ru "тысяч" likewise.
add('тысяч', 1e3, 'scale', false);

const SCALE_UNIT: Record<number, NumberUnit> = { 1e3: 'thousand', 1e6: 'million', 1e9: 'billion' };

let wordNumberStartRe: RegExp | undefined;
/**
 * Matches the start of a number word (global; callers reset lastIndex). Built on first use: only text
 * outside the plain set needs it (numbers.ts looks words up on plain text), and constructing this
 * ~200-word case-insensitive alternation cost every fresh worker time at load.
 */
export function wordNumberStart(): RegExp {
  if (!wordNumberStartRe) {
    const keys = Object.keys(V).sort((a, b) => b.length - a.length).map((k) => k.replace(/'/g, "['’ʼ]"));
    wordNumberStartRe = new RegExp(`(?<![\\p{L}'’ʼ])(?:${keys.join('|')})(?![\\p{L}'’ʼ])`, 'giu');
  }
  return wordNumberStartRe;
}
/** Every vocabulary word, in each apostrophe variant the matcher accepts. */
const WORDS = new Set(Object.keys(V).flatMap((k) => (k.includes("'") ? [k, k.replace(/'/g, '’'), k.replace(/'/g, 'ʼ')] : [k])));
/** The first two code units of every vocabulary word (c0 * 65536 + c1; a one-letter word has c1 = 0xFFFF). */
const HEADS = new Set([...WORDS].map((w) => w.charCodeAt(0) * 65536 + (w.length > 1 ? w.charCodeAt(1) : 0xffff)));

/**
 * Whether the lowercased word `s.slice(start, end)` can be in the vocabulary, judged by its first two
 * characters: a numeric check that rules out almost every word before slicing and hashing it.
 */
export function mayBeNumberWord(s: string, start: number, end: number): boolean {
  return HEADS.has(s.charCodeAt(start) * 65536 + (end - start > 1 ? s.charCodeAt(start + 1) : 0xffff));
}

/** Whether a lowercased whole word is in the vocabulary (any apostrophe). */
export function isNumberWord(lowerWord: string): boolean {
  return WORDS.has(lowerWord) || (lowerWord.includes("'") || lowerWord.includes('’') || lowerWord.includes('ʼ') ? WORDS.has(lowerWord.replace(/[’ʼ]/g, "'")) : false);
}
/** The vocabulary as whole runs of letters inside normalized word forms (folded-vocabulary.ts), built on first use. */
let inNorms: FoldedVocabulary | undefined;

/**
 * Whether a normalized word form may hold a number word: numbers.ts takes a number word only as a whole
 * run of letters and apostrophes, which lies inside one word token, whose norm holds it folded at the
 * same offsets. A text none of whose words may hold one holds none.
 */
export function mayHoldNumberWord(norm: string): boolean {
  return (inNorms ??= new FoldedVocabulary(WORDS, false)).holds(norm);
}

/** A word at lastIndex (sticky: no slice of the rest of the text per word). */
const WORD_AT = /[\p{L}'’ʼ]+/uy;
/** The next word after spaces (and an "and") at lastIndex. */
const NEXT_WORD = /[ \u00A0]+(?:and[ \u00A0]+)?([\p{L}'’ʼ]+)/uy;

/** Reads a run of number words starting at `start`; null when it is not a quantity (see file comment). */
export function wordNumberAt(text: string, start: number): { value: number; start: number; end: number; unit?: NumberUnit } | null {
  let pos = start;
  let total = 0;
  let current = 0;
  let words = 0;
  let lastScale = 0;
  WORD_AT.lastIndex = start;
  const first = WORD_AT.exec(text)?.[0];
  let word = first;
  while (word) {
    const e = V[word.toLowerCase().replace(/[’ʼ]/g, "'")];
    if (!e) break;
    if (e.kind === 'unit') current += e.value;
    else if (e.kind === 'hundred-mult') current = (current || 1) * e.value;
    else if (e.kind === 'half') current += e.value;
    else {
      if (current === 0 && !e.singular) return null;
      total += (current || 1) * e.value;
      current = 0;
      lastScale = e.value;
    }
    words++;
    pos += word.length;
    NEXT_WORD.lastIndex = pos;
    const next = NEXT_WORD.exec(text);
    if (!next || !V[next[1]!.toLowerCase().replace(/[’ʼ]/g, "'")]) break;
    pos += next[0].length - next[1]!.length;
    word = next[1];
  }
  if (words === 0) return null;
  const value = total + current;
  if (value === 0.5 && lastScale === 0) return null; // a bare "пів"
  const out: { value: number; start: number; end: number; unit?: NumberUnit } = { value, start, end: pos };
  const unit = lastScale && current === 0 ? SCALE_UNIT[lastScale] : undefined;
  if (unit) out.unit = unit;
  return out;
}
