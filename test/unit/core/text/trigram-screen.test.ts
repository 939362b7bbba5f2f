/**
 * trigram-screen.ts: the rolling-key scan must say exactly whether the text holds one of the strings,
 * and plainLower's lowercasing pass must set `hit` as the scan over its lowercase would, on the
 * corpus and on seeded text dense in the screened characters.
 */
import { describe, expect, it } from 'vitest';
import { forgetPlainLower, plainLower } from '../../../../src/core/text/plain-case';
import { TrigramScreen } from '../../../../src/core/text/trigram-screen';
import { fixtureParagraphs, labelledSentences } from '../../../eval/corpus-texts';

const STRINGS = ['пію', 'e-m', 'trl', '©', 'ab', 'kie', 'нфі', 'ʼз'];
const screen = new TrigramScreen(STRINGS);
/** Characters that are not screened: Cyrillic, Latin-1, one that lowercases past U+0500, punctuation past it. */
const OTHERS = [...'кн .ÀȺ\u2019\u2116'];
const naive = (low: string) => STRINGS.some((s) => low.includes(s));

/**
 * Seeded text made of pieces: the strings, their first or last characters (near misses that join into
 * hits across pieces), capitals, and other characters.
 */
function generated(count: number): string[] {
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const piece = (): string => {
    const s = STRINGS[rand(STRINGS.length)]!;
    const kind = rand(5);
    if (kind === 0) return s;
    if (kind === 1) return s.toUpperCase();
    if (kind === 2) return s.slice(0, 1 + rand(s.length));
    if (kind === 3) return s.slice(rand(s.length));
    return OTHERS[rand(OTHERS.length)]!;
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = '';
    for (let n = rand(6); n > 0; n--) s += piece();
    out.push(s);
  }
  return out;
}

/** Each string broken by each other character (near misses), and whole inside prose. */
function broken(): string[] {
  const out: string[] = [];
  for (const s of STRINGS) {
    out.push(`Текст ${s.toUpperCase()} далі`);
    for (let k = 1; k < s.length; k++) for (const o of OTHERS) out.push(s.slice(0, k) + o + s.slice(k), `a${s.slice(0, k)}${o}${s.slice(k).toUpperCase()}`);
  }
  return out;
}

function corpus(): string[] {
  return [...labelledSentences(), ...fixtureParagraphs(), ...broken()];
}

describe('TrigramScreen', () => {
  it('test() is "holds one of the strings" on lowercase text', () => {
    let hits = 0;
    for (const t of [...corpus(), ...generated(20000)]) {
      const low = t.toLowerCase();
      expect(screen.test(low), low).toBe(naive(low));
      if (naive(low)) hits++;
    }
    expect(hits).toBeGreaterThan(1000);
  });

  it('plainLower(text, screen) sets hit as test() would on the lowercase, and true on text that is not plain', () => {
    for (const t of [...corpus(), ...generated(5000), 'ΣΑ пію', 'İ trl', 'ſ']) {
      for (const x of [t, t.toUpperCase()]) {
        // Lowercased in one pass first, then answered from plainLower's memo.
        forgetPlainLower();
        for (const from of ['pass', 'memo']) {
          const low = plainLower(x, screen);
          expect(screen.hit, `${from}: ${x}`).toBe(low === null ? true : naive(low));
        }
      }
    }
  });

  it('refuses strings it cannot screen', () => {
    expect(() => new TrigramScreen(['abcd'])).toThrow();
    expect(() => new TrigramScreen(['Ab'])).toThrow();
    expect(() => new TrigramScreen(['…'])).toThrow();
    expect(() => new TrigramScreen([[...'abcdefghijklmnopqrstuvwxyzабвгде'].join('').slice(0, 3), ...'abcdefghijklmnopqrstuvwxyzабвгде'])).toThrow();
  });
});
