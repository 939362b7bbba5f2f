import { describe, expect, it } from 'vitest';
import { CARD_GAP, CARD_MAX_WIDTH, CARD_MIN_HEIGHT, VIEW_MARGIN, placeCard, type LineBox } from '../../../src/content/card-place';

const line = (top: number, left = 40, height = 24): LineBox => ({ top, bottom: top + height, left });
const VIEW = { width: 1280, height: 900 };

/** The card's box from a placement, after the page has scrolled by `scrollBy`. */
const boxOf = (p: ReturnType<typeof placeCard>, natural: number) => ({ top: p.top, bottom: p.top + (p.maxHeight ?? natural), left: p.left, right: p.left + p.width });
/** Whether a claim line (moved by the scroll) intersects the card. */
const covers = (p: ReturnType<typeof placeCard>, natural: number, l: LineBox) => {
  const b = boxOf(p, natural);
  return l.bottom - p.scrollBy > b.top && l.top - p.scrollBy < b.bottom;
};

describe('placeCard', () => {
  it('puts the card below the claim when it fits there', () => {
    const p = placeCard(line(100), line(148), 300, VIEW);
    expect(p).toEqual({ top: 172 + CARD_GAP, left: 40, width: CARD_MAX_WIDTH, maxHeight: null, scrollBy: 0 });
  });

  it('puts it above when only the space above is big enough', () => {
    const p = placeCard(line(600), line(648), 300, VIEW);
    expect(p.top + 300).toBe(600 - CARD_GAP);
    expect(p.maxHeight).toBeNull();
    expect(covers(p, 300, line(600)) || covers(p, 300, line(648))).toBe(false);
  });

  it('caps the card to the roomier side when neither side holds all of it (a zoomed, short viewport)', () => {
    const view = { width: 640, height: 450 };
    const first = line(60);
    const last = line(180);
    const p = placeCard(first, last, 420, view);
    expect(p.scrollBy).toBe(0);
    expect(p.maxHeight).toBe(450 - 204 - CARD_GAP - VIEW_MARGIN);
    expect(boxOf(p, 420).bottom).toBeLessThanOrEqual(view.height - VIEW_MARGIN);
    expect(covers(p, 420, first) || covers(p, 420, last)).toBe(false);
  });

  it('scrolls the claim to the top when neither side leaves a readable card', () => {
    const view = { width: 640, height: 450 };
    const first = line(100);
    const last = line(330);
    const p = placeCard(first, last, 500, view);
    expect(p.scrollBy).toBe(330 - VIEW_MARGIN);
    expect(p.maxHeight).toBeGreaterThanOrEqual(CARD_MIN_HEIGHT);
    expect(boxOf(p, 500).bottom).toBeLessThanOrEqual(view.height - VIEW_MARGIN);
    expect(covers(p, 500, last)).toBe(false);
  });

  it('keeps the card inside a narrow viewport horizontally', () => {
    const p = placeCard(line(100, 300), line(124, 10), 200, { width: 360, height: 640 });
    expect(p.width).toBe(360 - 2 * VIEW_MARGIN);
    expect(p.left).toBe(VIEW_MARGIN);
    expect(p.left + p.width).toBeLessThanOrEqual(360 - VIEW_MARGIN);
  });
});
