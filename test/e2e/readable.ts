/** What "readable at 200% zoom" means in the e2e tests of both browsers. */
import { expect } from 'vitest';
import type { CardGeometry } from './pages';

/** Browser zoom: a 1280×900 window at 200% lays out a 640×450 CSS-pixel viewport at device scale 2. */
export const ZOOM = 2;
export const VIEWPORT = { width: 1280 / ZOOM, height: 900 / ZOOM };
/** Chrome caps popups at 800×600 device pixels: 400×300 CSS pixels at 200%. */
export const POPUP_MAX = { width: 800 / ZOOM, height: 600 / ZOOM };

/** The card is inside the viewport, never over its claim, not scrolling sideways, at the reader's text size. */
export function expectReadableCard(g: CardGeometry): void {
  expect(g.card.left).toBeGreaterThanOrEqual(0);
  expect(g.card.right).toBeLessThanOrEqual(g.view.width);
  expect(g.card.top).toBeGreaterThanOrEqual(0);
  expect(g.card.bottom).toBeLessThanOrEqual(g.view.height);
  expect(g.overflow).toBeLessThanOrEqual(0);
  expect(g.covered).toBe(0);
  // 0.875 of the reader's 16 px default.
  expect(g.quotePx).toBeCloseTo(14, 0);
}

