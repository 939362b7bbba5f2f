/**
 * abbreviations.ts: endsWithNonFinalAbbreviation asks the final-sequence regex ("і т. д.", "etc.") last,
 * after the cheap word lookups; its answer must be what asking it first gave, on every corpus prefix
 * that ends in a dot.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { endsWithNonFinalAbbreviation } from '../../../../src/core/text/abbreviations';
import { fixtureParagraphs, labelledSentences } from '../../../eval/corpus-texts';

const SRC = readFileSync(join(__dirname, '../../../../src/core/text/abbreviations.ts'), 'utf8');
const FINAL_SEQUENCES = new RegExp(/const FINAL_SEQUENCES = \/(.*)\/iu;/.exec(SRC)![1]!, 'iu');

/** The order the function had: the final sequences first, then the rest. */
const firstFinal = (segment: string, lang: 'uk' | 'ru' | 'en' | 'und') =>
  segment.endsWith('.') && FINAL_SEQUENCES.test(segment.slice(-8)) ? false : endsWithNonFinalAbbreviation(segment, lang);

describe('endsWithNonFinalAbbreviation', () => {
  it('answers as when the final sequences were tested first, on every corpus prefix ending in a dot', () => {
    const extra = ['і т. п.', 'и т. п.', 'і т.п.', 'т. д.', 'etc.', 'див. с.', 'у м.', '5 м.', 'і т. ін.', 'Mr.', 'і т. і.', 'вул.'];
    let yes = 0;
    for (const t of [...labelledSentences(), ...fixtureParagraphs(), ...extra]) {
      for (let i = t.indexOf('.'); i >= 0; i = t.indexOf('.', i + 1)) {
        const seg = t.slice(0, i + 1).trim();
        for (const lang of ['uk', 'ru', 'en', 'und'] as const) {
          const want = firstFinal(seg, lang);
          expect(endsWithNonFinalAbbreviation(seg, lang), seg).toBe(want);
          if (want) yes++;
        }
      }
    }
    expect(yes).toBeGreaterThan(20);
    expect(endsWithNonFinalAbbreviation('і т. п.', 'uk')).toBe(false);
    expect(endsWithNonFinalAbbreviation('у м.', 'uk')).toBe(true);
  });
});
