/**
 * conceptsOf matches multi-word stems word by word (holdsPhrase) instead of joining each sentence's
 * norms and searching the joined text: both must agree on every corpus sentence, for every phrase of
 * the lexicon and for phrases with odd spacing.
 */
import { describe, expect, it } from 'vitest';
import { holdsPhrase } from '../../../../src/core/claims/concepts';
import lexicon from '../../../../src/core/claims/concepts.json';
import { words } from '../../../../src/core/text/tokenize';
import { fixtureParagraphs, labelledSentences } from '../../../eval/corpus-texts';

const PHRASES = [
  ...Object.entries(lexicon)
    .filter(([k]) => !k.startsWith('$'))
    .flatMap(([, e]) => Object.values(e as Record<string, string[]>).flat())
    .filter((s) => s.includes(' ')),
  'shot ', 'shot  down', ' shot', 'shot down by', 'machine tool', 'the', 'of the', 'за даними', 'у понеділок',
];

describe('holdsPhrase', () => {
  it('agrees with searching the norms joined by spaces for the phrase after a space', () => {
    let held = 0;
    const texts = [...labelledSentences(), ...fixtureParagraphs(), 'Russia shot down a drone; shot downed; reshot down', 'machine tools and machine-tool makers'];
    for (const t of texts) {
      const ws = words(t);
      const joined = ' ' + ws.map((w) => w.norm).join(' ');
      for (const p of PHRASES) {
        const want = joined.includes(' ' + p);
        if (holdsPhrase(ws, p.split(' ')) !== want) expect(`${t} / ${p}: ${!want}`).toBe(`${t} / ${p}: ${want}`);
        if (want) held++;
      }
    }
    expect(held).toBeGreaterThan(50);
  }, 30_000);
});
