/**
 * Shortcuts in building units and attributing sentences, against the straightforward code they stand
 * in for, over real news text (fixture paragraphs and labelled sentences).
 */
import { describe, expect, it } from 'vitest';
import { DATELINE, datelineEnd } from '../../../../src/core/claims/dateline';
import { detectClaims } from '../../../../src/core/claims/index';
import { roleOf, roleOfWord } from '../../../../src/core/claims/roles';
import { buildUnits } from '../../../../src/core/claims/units';
import { splitSentences, words } from '../../../../src/core/claims/deps';
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
