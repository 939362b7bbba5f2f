/**
 * parseNumbers skips its digit patterns when the text has no digit and, on plain text (plain-case.ts),
 * finds number words by whole-run lookup and tests months without the `i` flag over the lowercased
 * text; on other text it runs the regexes as written. Both paths must agree: a leading U+3000 (outside
 * the plain set; not a letter, digit or number space) forces the written regexes.
 */
import { describe, expect, it } from 'vitest';
import { fixtureParagraphs, labelledSentences } from '../../../eval/corpus-texts';
import { CODE_LIKE, parseNumbers, QUALIFIER_REACH, QUALIFIER_WORDS, qualifierBefore } from '../../../../src/core/text/numbers';
import { plainLower } from '../../../../src/core/text/plain-case';
import { PLAIN_LETTERS, withoutI } from '../../../../src/core/text/plain-case';
import type { Lang } from '../../../../src/core/types';

const FORCE = '\u3000 ';

function texts(): string[] {
  return [...labelledSentences(), ...fixtureParagraphs()].concat([
    'ДВІ ТИСЯЧІ військових і Три Тисячі', "п’ять мільйонів, пʼятсот, П'ЯТЬ", 'Two Hundred and fifty', '20 Травня загинули 5', 'Березня 3 та 15 березня',
    'понад 800 тисяч доларів', 'близько 200 військовослужбовців', 'constructor toString двісті', 'пів мільйона', '1,5 млн грн', '25 %', 'KN-23 і Су-34', '5 USD і 7 Usd', '10 Євро', '$5 млн', '3-го і 21st', 'Понад 800 Тисяч', '2024 Року', 'at least 5 Percent',
    // Run boundaries of the char-code word scan: apostrophes at either end, hyphens, digits glued to words.
    "'сто' і ʼдвістіʼ, тисяча' п'ять", 'сто-двісті 5сто сто5 ста', 'дві ТИСЯЧІ.три тисячі',
    // Qualifiers (qualifierBefore): several spaces of several kinds, words ending inside longer words, the reach's edge.
    'понад  5 і більше ніж\u00A06, не менше ніж 7', 'запонад 5, надо 6, Up To\u2003 9', 'до\n5 та до\t\t6', 'більше за                      8',
    'приблизно                 9 і approximately               10', 'at least 5%, майже $7 млн, близько ₴8',
    // Codes: letters glued to digits, dashes and slashes in runs, several in a row.
    'R40-06068, AB12/3 і ЖК5-6-7, 044-205-43-00R1-2, 208/1/3 x1y2-3 зз12-4аа5/6', 'Су-34 і 12-15 травня, 2022/2023 рр., F-16s12-3',
  ]);
}

describe('parseNumbers on lowercased text', () => {
  it('finds what the regexes as written find, on every corpus text and in upper case, in every language', () => {
    let found = 0;
    for (const t of texts()) {
      for (const x of [t, t.toUpperCase()]) {
        for (const lang of ['uk', 'en'] as Lang[]) {
          const fast = parseNumbers(x, lang);
          const exact = parseNumbers(FORCE + x, lang).map((n) => ({ ...n, start: n.start - FORCE.length, end: n.end - FORCE.length }));
          expect(fast, x).toEqual(exact);
          if (fast.length) found++;
        }
      }
    }
    expect(found).toBeGreaterThan(200);
  });

  it('drops i and lowercases only literal letters, keeping escapes as written; \\p{L}/\\p{Nd} become plain classes without u', () => {
    const re = withoutI(/^(?:USD|Євро)(?![\p{L}\p{Nd}])[\u00A0\D]/giu);
    expect([re.source, re.flags]).toEqual([`^(?:usd|євро)(?![${PLAIN_LETTERS}0-9])[\\u00A0\\D]`, 'g']);
    const other = withoutI(/^(?:USD)(?!\p{Lu})/iu);
    expect([other.source, other.flags]).toEqual(['^(?:usd)(?!\\p{Lu})', 'u']);
  });

  it('reads number words in any case and with any apostrophe', () => {
    expect(parseNumbers('ДВІ ТИСЯЧІ військових', 'uk').map((n) => n.value)).toEqual([2000]);
    expect(parseNumbers('пʼятсот дронів', 'uk').map((n) => n.value)).toEqual([500]);
  });

  it('qualifierBefore finds what the qualifier regexes find before every position of every corpus text', () => {
    const res = QUALIFIER_WORDS.map(([words, q]) => [new RegExp(`(?:${words.join('|')})\\s+$`, 'u'), q] as const);
    let qualified = 0;
    const wrong: string[] = [];
    for (const t of texts()) {
      const low = plainLower(t);
      if (low === null) continue;
      for (let at = 0; at <= low.length; at++) {
        const before = low.slice(Math.max(0, at - QUALIFIER_REACH), at);
        const want = res.find(([re]) => re.test(before))?.[1];
        // One expect per text, not per position: the loop covers every position of ~2,000 texts.
        if (qualifierBefore(low, at) !== want) wrong.push(`${t} @${at}: ${want}`);
        if (want) qualified++;
      }
    }
    expect(wrong).toEqual([]);
    expect(qualified).toBeGreaterThan(100);
  }, 30_000);

  it('CODE_LIKE finds what it found when its letters were tried at every letter, written and lowered', () => {
    const old = /(?:\d+[-/]){2,}\d+|\p{L}+\d+[-/]\d+|\d+\/\d+/gu;
    const spans = (re: RegExp, s: string): string[] => [...s.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
    let codes = 0;
    for (const t of texts()) {
      for (const x of [t, t.toUpperCase()]) {
        const want = spans(old, x);
        expect(spans(CODE_LIKE, x), x).toEqual(want);
        const low = plainLower(x);
        if (low !== null) expect(spans(withoutI(CODE_LIKE), low), x).toEqual(spans(withoutI(old), low));
        codes += want.length;
      }
    }
    expect(codes).toBeGreaterThan(20);
  });
});

