import { describe, expect, it } from 'vitest';
import { buildGazetteer, shippedData } from '../../../../src/core/entities/gazetteer';
import { normalizeText, tokenSpans, tokenize } from '../../../../src/core/entities/normalize';
import { SpanMemo, spanHash } from '../../../../src/core/entities/span-memo';
import type { Lang } from '../../../../src/core/types';
import { fixtureParagraphs, labelledSentences } from '../../../eval/corpus-texts';

const texts = [...fixtureParagraphs(), ...labelledSentences(), "China's Xi, об'єкти зв’язку, ЁЖ-ёж, don't — 'sss 's x's"];

describe('SpanMemo', () => {
  it('answers as a Map does, through growth, by span of a larger string', () => {
    const memo = new SpanMemo<number>();
    const ref = new Map<string, number>();
    const words = texts.slice(0, 200).flatMap((t) => t.split(/\s+/)).filter(Boolean);
    for (const w of words) {
      const s = `«${w}»`;
      const h = spanHash(s, 1, s.length - 1);
      expect(memo.get(s, 1, s.length - 1, h)).toBe(ref.get(w));
      if (!ref.has(w)) {
        ref.set(w, ref.size);
        memo.set(w, h, ref.get(w)!);
      }
    }
    expect(memo.size).toBe(ref.size);
    expect(ref.size).toBeGreaterThan(1024);
    for (const [w, v] of ref) expect(memo.get(w, 0, w.length, spanHash(w, 0, w.length))).toBe(v);
  });

  it('tells apart keys whose hashes collide, and forgets all on clear', () => {
    const memo = new SpanMemo<string>();
    memo.set('ab', 7, 'first');
    memo.set('cd', 7, 'second');
    memo.set('abc', 7, 'third');
    expect(memo.get('xcdx', 1, 3, 7)).toBe('second');
    expect(memo.get('ab', 0, 2, 7)).toBe('first');
    expect(memo.get('abc', 0, 3, 7)).toBe('third');
    expect(memo.get('ac', 0, 2, 7)).toBeUndefined();
    memo.clear();
    expect(memo.size).toBe(0);
    expect(memo.get('ab', 0, 2, 7)).toBeUndefined();
  });
});

describe('tokenSpans', () => {
  it('gives tokenize’s offsets, and each token’s spanHash, on every fixture and labelled text', () => {
    for (const t of texts) {
      const norm = normalizeText(t);
      const spans = tokenSpans(norm);
      const tokens = tokenize(norm);
      expect(spans.start).toEqual(tokens.start);
      expect(spans.end).toEqual(tokens.end);
      expect(spans.hash).toEqual(tokens.text.map((w) => spanHash(w, 0, w.length)));
    }
  });
});

describe('matching through the span memo', () => {
  it('finds on a warm memo (spans probed) what a fresh gazetteer finds (tokens sliced and looked up)', () => {
    // Eager: with lazy compilation a mention's `via` can depend on which buckets earlier texts
    // expanded (so two lazy gazetteers with different histories may differ, with or without the memo).
    const eager = () => buildGazetteer(shippedData(), ['uk', 'ru', 'en'], true);
    const warm = eager();
    const langs: Lang[] = ['uk', 'ru', 'en', 'und'];
    for (const l of langs) for (const t of texts) warm.match(t, l);
    const fresh = eager();
    for (const l of langs) for (const t of texts) expect(warm.match(t, l)).toEqual(fresh.match(t, l));
  });
});
