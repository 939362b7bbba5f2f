/**
 * Offline language identification for uk / ru / en paragraphs. Evidence, weighted:
 * - letters only one language writes: і ї є ґ and the apostrophe inside a word (uk), ы э ъ ё (ru);
 * - frequent function words that exist in only one of the languages ("та", "що", "як" / "и", "что", "как");
 * - endings typical of one language ("-ння", "-ає" / "-ние", "-его", past "-ал");
 * - for Latin-script text, English function words.
 * Text inside quotation marks counts less (a Russian quote inside a Ukrainian report is the speaker's
 * language, not the article's), and names in Latin script inside Cyrillic text are outvoted by script.
 */
import type { Lang } from '../types';
import { quoteSpans } from './quote-spans';

/** Below this much evidence the answer is `und`. */
export const MIN_EVIDENCE = 0.5;
/** Latin-script text with this many letters is taken as English even without an English function word. */
export const MIN_LATIN_LETTERS = 16;
/** Weight of evidence inside quotation marks, relative to the text around them. */
export const QUOTE_WEIGHT = 0.3;
/** Weight of one language-specific letter, one function word, one typical ending. */
const LETTER_WEIGHT = 1;
const WORD_WEIGHT = 1.5;
const ENDING_WEIGHT = 0.5;

const UK_WORDS = new Set(
  ('і й та що щоб як але або це цей ця ці цього цим цієї його її їх їм він вона воно вони ми ви від з із зі також тому ' +
    'коли вже ще лише тільки була було були буде будуть є немає нема який яка яке які якого якій щодо після між під ' +
    'наприклад тобто проти разом навіть зараз сьогодні вчора заявив сказав повідомив зазначив каже кажуть році року ' +
    'рік чи ні бо аби адже хоча україни україні росії своє свої свого своїх цих ними нього неї має мають можуть може ' +
    'говорить дуже усі всі всіх інших інші однак проте утім втім досі поки саме яких якому чому де куди там тут') .split(' '),
);
const RU_WORDS = new Set(
  ('и что чтобы как но или это этот эта эти этого его ее её их он она оно они мы вы от с со также поэтому когда уже ' +
    'еще ещё лишь только был была было были будет будут есть нет который которая которое которые которого после ' +
    'между под например против вместе даже сейчас сегодня вчера заявил сказал сообщил отметил говорит году год ли ни ' +
    'же ведь хотя украины украине россии свое свои своего своих этих ними него нее имеет имеют могут может очень все ' +
    'всех других другие однако пока именно каких какой почему где куда там тут при этом чем кто всего') .split(' '),
);
const EN_WORDS = new Set(
  ('the of and to in is was that for on with as by at from said it its he she they has have had are were be been will ' +
    'would not this but an or which who after about over than more his her their there also could no we our you').split(' '),
);

// Past reflexive "-вся" (uk) vs "-лся" (ru); infinitive "-ти" (uk) vs "-овать/-ывать" (ru); final "-рь" is
// Russian ("секретарь", uk "секретар").
const UK_ENDINGS = /(?:ння|ає|яє|ює|ує|ськ[аеоуи]|ього|ьому|[аи]в|[аиі]вся|увати|ювати)$/;
const RU_ENDINGS = /(?:ние|ния|нии|нием|ает|яет|ует|[^ь]его|[аи]л|ой|ый|ые|лся|[оыи]вать|рь|ов)$/;
/** Endings Ukrainian spells differently ("-ія", "-ії", "-іє"): a whole point each. */
const RU_STRONG_ENDINGS = /(?:ия|ии|ие)$/;

/**
 * Words, made on first use: V8 builds the Unicode letter and mark sets when the regex is created,
 * about 2 ms, and the content script (which asks only when letters alone do not decide) would pay
 * that on every page load just by being evaluated.
 */
let wordRe: RegExp | undefined;
const wordRegex = (): RegExp => (wordRe ??= new RegExp("[\\p{L}\\p{M}]+(?:['’ʼ`][\\p{L}\\p{M}]+)*", 'gu'));
const CYR = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/;

interface Tally {
  uk: number;
  ru: number;
  en: number;
}

function countLetters(w: string, t: Tally, weight: number): void {
  for (const ch of w) {
    if (ch === 'і' || ch === 'ї' || ch === 'є' || ch === 'ґ') t.uk += LETTER_WEIGHT * weight;
    else if (ch === 'ы' || ch === 'э' || ch === 'ъ' || ch === 'ё') t.ru += LETTER_WEIGHT * weight;
    else if (ch === "'" || ch === '’' || ch === 'ʼ' || ch === '`') t.uk += LETTER_WEIGHT * weight;
  }
}

/** Guesses the language of `text`: uk, ru, en, or und when the evidence is too thin or split. */
export function detectLang(text: string): Lang {
  if (typeof text !== 'string' || text.length === 0) return 'und';
  const spans = quoteSpans(text);
  const out: Tally = { uk: 0, ru: 0, en: 0 };
  const inq: Tally = { uk: 0, ru: 0, en: 0 };
  let cyr = 0;
  let latin = 0;
  let belarusian = false;
  const words = wordRegex();
  words.lastIndex = 0;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const w = m[0].toLowerCase();
    const at = m.index;
    const quoted = spans.some((s) => s.start < at && at < s.end);
    const t = quoted ? inq : out;
    if (CYR.test(w)) {
      cyr += w.length;
      if (w.includes('ў')) belarusian = true;
      countLetters(w, t, 1);
      if (UK_WORDS.has(w)) t.uk += WORD_WEIGHT;
      if (RU_WORDS.has(w)) t.ru += WORD_WEIGHT;
      if (w.length >= 4) {
        if (UK_ENDINGS.test(w)) t.uk += ENDING_WEIGHT;
        if (RU_ENDINGS.test(w)) t.ru += ENDING_WEIGHT;
        if (RU_STRONG_ENDINGS.test(w)) t.ru += LETTER_WEIGHT;
      }
    } else if (LATIN.test(w)) {
      latin += w.length;
      if (EN_WORDS.has(w)) t.en += WORD_WEIGHT;
    }
  }
  // Quoted text decides only when the text around it says nothing.
  const outside = out.uk + out.ru + out.en;
  const qw = outside >= MIN_EVIDENCE ? QUOTE_WEIGHT : 1;
  const uk = out.uk + qw * inq.uk;
  const ru = out.ru + qw * inq.ru;
  const en = out.en + qw * inq.en;
  // Latin-script news text here is English in practice: enough letters decide even without function
  // words, unless the Cyrillic part carries more evidence (a Ukrainian promo line full of URLs).
  if (latin > cyr && en >= Math.max(uk, ru)) return en >= MIN_EVIDENCE || latin >= MIN_LATIN_LETTERS ? 'en' : 'und';
  if (belarusian || cyr === 0) return 'und';
  if (Math.max(uk, ru) < MIN_EVIDENCE || uk === ru) return 'und';
  return uk > ru ? 'uk' : 'ru';
}
