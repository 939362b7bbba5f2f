/**
 * furnitureMap is written as loops that push (V8 deoptimised its readers on Array#map's result):
 * it must answer as the straightforward map over furnitureReason with the between-furniture rule.
 */
import { describe, expect, it } from 'vitest';
import { fixtureParagraphs } from '../../../eval/corpus-texts';
import { furnitureMap, furnitureReason } from '../../../../src/core/claims/furniture';
import type { Paragraph } from '../../../../src/core/types';

/** The rule as first written: Array#map twice. */
function reference(ps: Paragraph[]): (string | null)[] {
  const base = ps.map((p, i) => furnitureReason(p, ps[i + 1]));
  return base.map((r, i) => {
    if (r) return r;
    const prev = i > 0 ? base[i - 1] : null;
    const next = i + 1 < base.length ? base[i + 1] : null;
    return prev && next && ps[i]!.text.trim().length < 160 ? 'between furniture' : null;
  });
}

const para = (text: string, i: number, kind: Paragraph['kind'] = 'p'): Paragraph => ({ id: `p${i}`, text, kind });

describe('furnitureMap', () => {
  it('answers as the straightforward map on every fixture page', () => {
    for (const lang of ['uk', 'ru', 'en']) {
      const ps = fixtureParagraphs(lang).map((t, i) => para(t, i));
      expect(ps.length).toBeGreaterThan(0);
      expect(furnitureMap(ps)).toEqual(reference(ps));
    }
  });

  it('marks a short line between two furniture lines, and keeps prose', () => {
    const ps = [para('Новини', 0, 'h'), para('Так і є.', 1), para('Копіювання матеріалів заборонено.', 2), para('Президент заявив, що переговори тривають.', 3)];
    expect(furnitureMap(ps)).toEqual(['heading', 'between furniture', 'boilerplate', null]);
    expect(furnitureMap([])).toEqual([]);
  });
});
