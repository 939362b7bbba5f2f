/**
 * Word patterns (word-pattern.ts) must answer exactly as the anchored `u`-flag regexes they replace,
 * for every vocabulary in src/core/claims, on every word of the labelled set and fixture pages plus
 * generated near-misses (each expansion, with letter and non-letter tails, cut short).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureParagraphs, labelledSentences } from '../../../eval/corpus-texts';
import { CUE_FIRST, CUES, PHRASE_FIRST, PHRASE_PATTERNS } from '../../../../src/core/claims/cues';
import { lettersOnly, wordPattern, wordPatternOf } from '../../../../src/core/claims/word-pattern';
import { words } from '../../../../src/core/text/tokenize';

const CLAIMS_DIR = join(__dirname, '../../../../src/core/claims');

/** Every `/^(…)$/u` literal in the claims sources that is compiled with wordPatternOf. */
function literalSources(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(CLAIMS_DIR).filter((x) => x.endsWith('.ts'))) {
    const src = readFileSync(join(CLAIMS_DIR, f), 'utf8');
    if (!src.includes('wordPatternOf')) continue;
    for (const m of src.matchAll(/\/(\^\(.*?\)\$)\/u[,)\]]/g)) out.push(m[1]!);
  }
  return out;
}

/** Word norms of the labelled set and the fixture pages' expected paragraphs. */
function corpus(): Set<string> {
  const out = new Set<string>();
  for (const t of [...labelledSentences(), ...fixtureParagraphs()]) for (const w of words(t)) out.add(w.norm);
  return out;
}

/** Near-misses around a pattern: its literal parts with tails, cut short, and with a non-letter tail. */
function probes(source: string): string[] {
  const bare = source.replace(/\\p\{L\}\*/g, '').replace(/\(\?:/g, '(');
  // Every alternative with groups and classes flattened to their first choice and to their last.
  const pick = (s: string, last: boolean): string =>
    s.replace(/\[([^\]]+)\]/g, (_, c: string) => (last ? c.at(-1)! : c[0]!)).replace(/\(([^()]*)\)\??/g, (_, g: string) => (last ? g.split('|').at(-1)! : g.split('|')[0]!));
  const out: string[] = [];
  for (const alt of pick(pick(bare, false), false).split('|').concat(pick(pick(bare, true), true).split('|'))) {
    out.push(alt, alt + 'ами', alt + 's', alt + '1', alt + '-x', alt + "'", alt.slice(0, -1), alt + '\u0483', alt + 'é', alt + '\u{1D400}');
  }
  return out;
}

describe('wordPattern', () => {
  const sources = [
    ...literalSources().map((s) => s.slice(2, -2)),
    ...CUES.flatMap((p) => p.tokens.map((t) => t.source)),
    ...PHRASE_PATTERNS.flatMap((p) => p.tokens.map((t) => t.source)),
    CUE_FIRST.source,
    PHRASE_FIRST.source,
  ];
  const words_ = corpus();

  it('finds the vocabularies it must cover', () => {
    expect(literalSources().length).toBeGreaterThanOrEqual(12);
    expect(words_.size).toBeGreaterThan(3000);
  });

  it('matches exactly what the equivalent u-flag regex matches', () => {
    let checked = 0;
    for (const src of sources) {
      const re = new RegExp(`^(?:${src})$`, 'u');
      const wp = wordPattern(src);
      for (const w of [...words_, ...probes(src)]) {
        if (wp.test(w) !== re.test(w)) expect.fail(`${src} on "${w}": word pattern ${wp.test(w)}, regex ${re.test(w)}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100_000);
  });

  it('reads regex literals the same way', () => {
    const wp = wordPatternOf(/^(генсек\p{L}*|глав[аи]|spokes(person|man)|sources?)$/u);
    expect(['генсек', 'генсеком', 'глава', 'глави', 'spokesman', 'source', 'sources'].every((w) => wp.test(w))).toBe(true);
    expect(['генсек-1', 'главы', 'spokes', 'sourcess', 'генсеком1'].some((w) => wp.test(w))).toBe(false);
  });

  it('tells letters from the rest as \\p{L} does, astral letters included', () => {
    for (const s of ['abcЯяїґ', 'é', '\u{1D400}', 'a\u0483', 'a1', "a'", 'a-b', '']) expect(lettersOnly(s, 0)).toBe(/^\p{L}*$/u.test(s));
  });

  it('rejects syntax it cannot expand, with the pattern in the message', () => {
    expect(() => wordPattern('a.b')).toThrow(/a\.b/);
    expect(() => wordPattern('a\\p{L}*b')).toThrow(/must end an alternative/);
    expect(() => wordPattern('(a\\p{L}*)b')).toThrow(/after/);
    expect(() => wordPattern('(ab')).toThrow(/unclosed/);
    expect(() => wordPattern('[a-z]')).toThrow(/plain classes/);
  });
});
