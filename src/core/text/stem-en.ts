/**
 * A light English stemmer for matching (plural, possessive, -ed, -ing, -ly, -ation/-al on a few
 * claim verbs), in the spirit of Porter's step 1 (https://tartarus.org/martin/PorterStemmer/).
 * English is the least important language here: the aim is "denied/denies/denial" → one key.
 */

const MIN_EN_STEM = 3;

/** Irregular forms of the verbs that matter for attribution and stance. */
const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', told: 'tell', wrote: 'write', written: 'write', spoke: 'speak', spoken: 'speak',
  thought: 'think', knew: 'know', known: 'know', saw: 'see', seen: 'see', began: 'begin', begun: 'begin',
  men: 'man', women: 'woman', children: 'child', people: 'people', was: 'be', were: 'be', is: 'be', are: 'be',
  been: 'be', has: 'have', had: 'have', did: 'do', does: 'do', done: 'do',
};

const DOUBLE_END = /([bdfgklmnprt])\1$/;
const VOWEL = /[aeiouy]/;

function strip(w: string, suffix: string): string | null {
  if (!w.endsWith(suffix)) return null;
  const s = w.slice(0, w.length - suffix.length);
  return s.length >= MIN_EN_STEM && VOWEL.test(s) ? s : null;
}

/** Stems one lowercased English word. */
export function stemEn(word: string): string {
  let w = word.replace(/['\u2019]s$/, '').replace(/['\u2019]$/, '');
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  let s = strip(w, 'ied');
  if (s !== null) w = s + 'y';
  else if ((s = strip(w, 'ing') ?? strip(w, 'ed')) !== null) {
    w = DOUBLE_END.test(s) ? s.slice(0, -1) : s;
  }
  for (const suffix of ['ation', 'ment', 'al', 'ly']) {
    const t = strip(w, suffix);
    if (t !== null) {
      w = t;
      break;
    }
  }
  w = strip(w, 'e') ?? w;
  // deny/denied/denial → deni: a final y after a consonant is the same letter as the i of -ial.
  if (/[^aeiou]y$/.test(w)) w = w.slice(0, -1) + 'i';
  return w;
}
