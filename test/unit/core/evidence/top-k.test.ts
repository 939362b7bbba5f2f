import { describe, expect, it } from 'vitest';
import { select, topK } from '../../../../src/core/evidence/top-k';

describe('topK', () => {
  it('returns the k best ids, best first, ties by lower id, matching a full sort', () => {
    const score = new Float64Array(500);
    const ids: number[] = [];
    for (let i = 0; i < 500; i++) {
      score[i] = (i * 7919) % 13; // many ties
      ids.push(499 - i);
    }
    const full = [...ids].sort((a, b) => score[b]! - score[a]! || a - b);
    expect(topK(ids, score, 37)).toEqual(full.slice(0, 37));
    expect(topK(ids.slice(0, 10), score, 37)).toEqual([...ids.slice(0, 10)].sort((a, b) => score[b]! - score[a]! || a - b));
    expect(topK([], score, 5)).toEqual([]);
  });

  it('select finds the n-th smallest value', () => {
    const a = Float64Array.from([5, 1, 4, 1, 3, 9, 2, 6]);
    expect(select(Float64Array.from(a), 0)).toBe(1);
    expect(select(Float64Array.from(a), 3)).toBe(3);
    expect(select(Float64Array.from(a), 7)).toBe(9);
  });
});
