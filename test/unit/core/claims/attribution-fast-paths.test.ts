/**
 * Shortcuts in building units and attributing sentences, against the straightforward code they stand
 * in for, over real news text (fixture paragraphs and labelled sentences).
 */
import { describe, expect, it } from 'vitest';
import { findCues, findPhrases, type CueHit, type PhraseHit } from '../../../../src/core/claims/attribution-cue';
import { CUES, FALSITY, NAMING, PHRASE_PATTERNS } from '../../../../src/core/claims/cues';
import { DATELINE, datelineEnd } from '../../../../src/core/claims/dateline';
import { detectClaims } from '../../../../src/core/claims/index';
import { roleOf, roleOfWord } from '../../../../src/core/claims/roles';
import { buildUnits, quoted, type Unit } from '../../../../src/core/claims/units';
import { splitSentences, words, type Token } from '../../../../src/core/claims/deps';
import type { WordTest } from '../../../../src/core/claims/word-pattern';
import { fixtureParagraphs, labelledSentences } from '../../../eval/corpus-texts';
import { article } from './helpers';

/** Each test runs over every fixture paragraph: seconds on a loaded machine. */
const SLOW = 30_000;

const LANGS = ['uk', 'ru', 'en'] as const;
const DATELINES = [
  'BRUSSELS, May 21 (Reuters) - NATO said.', 'КИЇВ, 12 березня (Укрінформ) – Уряд заявив.', 'МОСКВА, 12 марта. /ТАСС/. Песков сказал.',
  'WASHINGTON (AP) — The Pentagon said.', 'BRUSSELS/LONDON, May 19 (Reuters) - x', ' KYIV (AP) — x', 'Kyiv (AP) — x', 'ЛЬВІВ – x', "O'HARE (AP) - x",
  'Про це повідомили.', 'China said.', 'А тепер.', 'X', '', 'Є ЗМІ', 'Ґрунт', 'ЄС заявив', 'Її позиція', 'Ірак', 'Україна', 'ІНТЕРФАКС-УКРАЇНА – x',
];

describe('datelineEnd', () => {
  it('finds what the dateline pattern finds, in every sentence and every sentence upper-cased', () => {
    let found = 0;
    const texts = [...fixtureParagraphs(), ...labelledSentences(), ...DATELINES];
    for (const t of texts.flatMap((p) => splitSentences(p).map((s) => s.text)).concat(DATELINES)) {
      for (const s of [t, t.toUpperCase()]) {
        const m = DATELINE.exec(s.slice(0, 90));
        expect(datelineEnd(s), s).toBe(m ? m[0].length : 0);
        if (m) found++;
      }
    }
    expect(found).toBeGreaterThan(20);
  }, SLOW);
});

describe('mentions of a unit', () => {
  it('start at the first word ending after the mention starts, as a search of the words from the start finds', () => {
    let mentions = 0;
    for (const lang of LANGS) {
      const paragraphs = fixtureParagraphs(lang);
      for (const u of buildUnits(article(paragraphs, lang).paragraphs, lang)) {
        for (const m of u.mentions) {
          expect(m.word, `${u.text}: ${m.id}`).toBe(u.words.findIndex((t) => t.end > m.start));
          mentions++;
        }
      }
    }
    expect(mentions).toBeGreaterThan(500);
  }, SLOW);
});

describe('roleOfWord', () => {
  it("answers as roleOf on the word's norm, first and again from the word's record", () => {
    // Detection first, so the records hold the other vocabularies' answers too.
    for (const lang of LANGS) detectClaims(article(fixtureParagraphs(lang), lang));
    let roles = 0;
    for (const text of [...fixtureParagraphs(), ...labelledSentences()]) {
      const ws = words(text);
      for (const round of [1, 2]) {
        for (const w of ws) {
          const want = roleOf(w.norm);
          expect(roleOfWord(w), `${round}: ${w.norm}`).toBe(want);
          if (want) roles++;
        }
      }
    }
    expect(roles).toBeGreaterThan(500);
  }, SLOW);
});

function matchAt(words: Token[], i: number, tokens: WordTest[]): boolean {
  if (i + tokens.length > words.length) return false;
  for (let k = 0; k < tokens.length; k++) if (!tokens[k]!.test(words[i + k]!.norm)) return false;
  return true;
}
const spanOf = (u: Unit, from: number, to: number): string => u.text.slice(u.words[from]!.start, u.words[to - 1]!.end);

/** findCues as first written: every pattern tried at every word, no kept answers. */
function cuesAsWritten(u: Unit): CueHit[] {
  const hits: CueHit[] = [];
  let takenUntil = 0;
  const w = u.words;
  for (let i = 0; i < w.length; i++) {
    if (i < takenUntil) continue;
    if (NAMING.test(w[i]!.norm) && !quoted(u, w[i]!.start)) {
      const k = w.slice(i + 1, i + 6).findIndex((x) => FALSITY.test(x.norm));
      if (k >= 0) {
        hits.push({ family: 'deny', from: i, to: i + 1, text: `${w[i]!.text} … ${w[i + 1 + k]!.text}`, inQuote: false });
        continue;
      }
    }
    for (const p of CUES) {
      if (!matchAt(w, i, p.tokens)) continue;
      const inQuote = quoted(u, w[i]!.start);
      if (inQuote && !(p.family === 'deny' && p.tokens.length > 1)) continue;
      hits.push({ family: p.family, from: i, to: i + p.tokens.length, text: spanOf(u, i, i + p.tokens.length), inQuote });
      takenUntil = i + p.tokens.length;
      break;
    }
  }
  return hits.sort((a, b) => a.from - b.from);
}

/** findPhrases as first written: every phrase tried at every word outside quotations. */
function phrasesAsWritten(u: Unit): PhraseHit[] {
  const out: PhraseHit[] = [];
  const w = u.words;
  for (let i = 0; i < w.length; i++) {
    if (quoted(u, w[i]!.start)) continue;
    for (const p of PHRASE_PATTERNS) {
      if (!matchAt(w, i, p.tokens)) continue;
      out.push({ role: p.role, from: i, to: i + p.tokens.length, text: spanOf(u, i, i + p.tokens.length) });
      i += p.tokens.length - 1;
      break;
    }
  }
  return out;
}

describe('findCues and findPhrases', () => {
  it('find what trying every pattern at every word finds, in real prose and in it lower-cased', () => {
    let cues = 0;
    let longCues = 0;
    let phrases = 0;
    for (const lang of LANGS) {
      const paragraphs = [...fixtureParagraphs(lang), ...labelledSentences()];
      for (const text of [paragraphs, paragraphs.map((p) => p.toLowerCase())]) {
        for (const u of buildUnits(article(text, lang).paragraphs, lang)) {
          const wantCues = cuesAsWritten(u);
          const wantPhrases = phrasesAsWritten(u);
          // Twice: the second time from the answers kept in the word records.
          for (const round of [1, 2]) {
            expect(findCues(u), `${round}: ${u.text}`).toEqual(wantCues);
            expect(findPhrases(u), `${round}: ${u.text}`).toEqual(wantPhrases);
          }
          cues += wantCues.length;
          longCues += wantCues.filter((c) => c.to - c.from > 1).length;
          phrases += wantPhrases.length;
        }
      }
    }
    expect(cues).toBeGreaterThan(1000);
    expect(longCues).toBeGreaterThan(50);
    expect(phrases).toBeGreaterThan(200);
  }, SLOW);
});
