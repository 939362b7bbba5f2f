/** entities/normalize.ts: normalizeText skips its replace when the text holds nothing to replace; the answer must not change. */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../../src/core/entities/normalize';
import { fixtureParagraphs, labelledSentences } from '../../../eval/corpus-texts';

const MAPPED = '\u2019\u2018\u02bc\u02b9\u0060\u00b4\u2032\u02c8\uff07\u2010\u2011ёЁ';
/** The replace the fast path skips, written out character by character. */
function reference(text: string): string {
  const to = (ch: string) => (ch === 'ё' ? 'е' : ch === 'Ё' ? 'Е' : ch === '\u2010' || ch === '\u2011' ? '-' : "'");
  return [...text].map((ch) => (MAPPED.includes(ch) ? to(ch) : ch)).join('');
}

describe('normalizeText', () => {
  it('is the character-by-character replacement on every corpus text and on each mapped character', () => {
    const texts = [...labelledSentences(), ...fixtureParagraphs(), ...[...MAPPED].flatMap((ch) => [ch, `Зв${ch}язок ${ch}`, `${ch}${ch}`]), '', 'ёлка Ёж'];
    let changed = 0;
    for (const t of texts) {
      expect(normalizeText(t)).toBe(reference(t));
      if (normalizeText(t) !== t) changed++;
    }
    expect(changed).toBeGreaterThan(MAPPED.length * 3);
  });
});
