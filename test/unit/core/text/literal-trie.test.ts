/**
 * literalTrie: the trie regex finds a literal exactly where the plain alternation does, on corpus text
 * and on generated strings built from the literals' own pieces (prefixes of one another, shared
 * starts, regex-special characters); firstAsciiDigit answers as /[0-9]/ whatever the order of questions.
 */
import { describe, expect, it } from 'vitest';
import { fixtureParagraphs, labelledSentences } from '../../../eval/corpus-texts';
import { firstAsciiDigit } from '../../../../src/core/text/ascii-digit';
import { literalTrie } from '../../../../src/core/text/literal-trie';

const STEMS = ['неділ', 'понеділ', 'понедельн', 'вівтор', 'вторник', 'вчера', 'чора', 'сред', 'серед', 'today', 'tomorrow', 'day'];
const ODD = ['a.b', 'a*', '(x)', 'x|y', 'ab', 'abc', 'b-c', '[q]', 'é', '\\'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

describe('literalTrie', () => {
  it('matches exactly where the plain alternation matches', () => {
    const texts = [...labelledSentences(), ...fixtureParagraphs()].map((t) => t.toLowerCase());
    // Generated: every pair of pieces of the literals glued together, so near-misses are covered.
    const pieces = [...STEMS, ...ODD].flatMap((l) => [l, l.slice(0, -1), l.slice(1)]);
    for (const a of pieces) for (const b of pieces) texts.push(`${a}${b}`, `${a} ${b}`);
    let hits = 0;
    for (const lits of [STEMS, ODD]) {
      const trie = new RegExp(literalTrie(lits));
      const plain = new RegExp(lits.map(escape).join('|'));
      for (const t of texts) {
        const want = plain.test(t);
        if (trie.test(t) !== want) expect([t, trie.test(t)]).toEqual([t, want]);
        if (want) hits++;
      }
    }
    expect(hits).toBeGreaterThan(100);
  });

  it('factors shared starts and refuses an empty literal', () => {
    expect(literalTrie(['вівтор', 'вторник', 'вчера'])).toBe('в(?:івтор|торник|чера)');
    expect(literalTrie(['ab', 'abc'])).toBe('ab');
    expect(() => literalTrie(['a', ''])).toThrow(/empty literal/);
  });
});

describe('firstAsciiDigit', () => {
  it('answers as /[0-9]/, asked repeatedly and alternately', () => {
    const texts = ['no digits here', 'рік 2024', 'рік 2024', '٣ arabic-indic is not ASCII', '', '7', 'no digits here'];
    for (const t of [...texts, ...texts.reverse()]) expect(firstAsciiDigit(t)).toBe(t.search(/[0-9]/));
  });
});
