/**
 * Word records (word-memo.ts): testToken answers exactly as test(norm) for every vocabulary on every
 * word of the labelled set, whether the answer comes from the record or not (twice, in both orders,
 * more patterns than a record has slots), and a token that carries a record serializes as before.
 */
import { describe, expect, it } from 'vitest';
import { labelledSentences } from '../../../eval/corpus-texts';
import { CUE_FIRST, CUES, FALSITY, NAMING, PHRASE_FIRST, PHRASE_PATTERNS } from '../../../../src/core/claims/cues';
import { wordPattern } from '../../../../src/core/claims/word-pattern';
import { tokenize, words } from '../../../../src/core/text/tokenize';

describe('word records', () => {
  // Fresh patterns as well as the shipped ones: together more than a record's 30 slots, so some answer directly.
  const fresh = Array.from({ length: 40 }, (_, i) => wordPattern(i % 2 ? `заяв\\p{L}*|не|${i}` : `said|ні|the|в|${i}`));
  const patterns = [CUE_FIRST, PHRASE_FIRST, NAMING, FALSITY, ...CUES.map((c) => c.tokens[0]!), ...PHRASE_PATTERNS.map((p) => p.tokens[0]!), ...fresh];
  const texts = labelledSentences();

  it('answers as test(norm) for every word, asked twice and in both orders', () => {
    expect(texts.length).toBeGreaterThan(100);
    let yes = 0;
    for (const order of [patterns, [...patterns].reverse()]) {
      for (const text of texts) {
        const ws = words(text);
        for (let round = 0; round < 2; round++) {
          // One comparison per sentence and round (an expect per word is too slow for the whole set).
          const want: boolean[] = [];
          const got: boolean[] = [];
          for (const p of order) {
            for (const w of ws) {
              want.push(p.test(w.norm));
              got.push(p.testToken(w));
            }
          }
          if (got.join() !== want.join()) expect(got).toEqual(want);
          yes += want.filter(Boolean).length;
        }
      }
    }
    expect(yes).toBeGreaterThan(0);
  });

  it('two tokens of the same word share answers, and a token with a record serializes unchanged', () => {
    const [a, b] = words('заявив заявив');
    const before = JSON.stringify(tokenize('заявив заявив'));
    // CUE_FIRST takes its slot before the 40 fresh patterns of this file have a chance to.
    expect(CUE_FIRST.testToken(a!)).toBe(true);
    expect(a!.memo).toBeDefined();
    expect(CUE_FIRST.testToken(b!)).toBe(true);
    expect(b!.memo).toBe(a!.memo);
    expect(JSON.stringify([a, b])).toBe(JSON.stringify(JSON.parse(before).filter((t: { kind: string }) => t.kind === 'word')));
  });
});
