/**
 * Where the claim card goes: below the claim, or above it when only that side has room, never over
 * it, and inside the viewport. When neither side has room for the whole card (a short viewport, or
 * the page zoomed to 200%), the card takes the roomier side and scrolls inside itself; when even
 * that side is too small to read in, the page is scrolled so the claim sits at the top with the card
 * below it. Pure geometry in viewport (CSS pixel) coordinates, so it is unit-tested without layout.
 */

/** Gap between the claim and the card. */
export const CARD_GAP = 8;
/** Distance kept from the viewport's edges. */
export const VIEW_MARGIN = 8;
/** Widest the card gets (26rem at the default 16 px). */
export const CARD_MAX_WIDTH = 416;
/** Below this height a card that has to scroll inside itself is too cramped to read. */
export const CARD_MIN_HEIGHT = 160;

/** A line box of the claim, as getClientRects() gives it. */
export interface LineBox {
  top: number;
  bottom: number;
  left: number;
}

/** The card's position (viewport coordinates after `scrollBy`), width and height cap. */
export interface CardPlacement {
  top: number;
  left: number;
  width: number;
  /** Cap on the card's height (it scrolls inside); null when the whole card fits. */
  maxHeight: number | null;
  /** Pixels to scroll the page down (negative: up) before placing; 0 for none. */
  scrollBy: number;
}

/** Places a card of natural height `cardHeight` for a claim whose first and last lines are given. */
export function placeCard(first: LineBox, last: LineBox, cardHeight: number, view: { width: number; height: number }): CardPlacement {
  const width = Math.max(0, Math.min(CARD_MAX_WIDTH, view.width - 2 * VIEW_MARGIN));
  const left = Math.max(VIEW_MARGIN, Math.min(first.left, view.width - width - VIEW_MARGIN));
  const below = view.height - last.bottom - CARD_GAP - VIEW_MARGIN;
  const above = first.top - CARD_GAP - VIEW_MARGIN;
  if (cardHeight <= below) return { top: last.bottom + CARD_GAP, left, width, maxHeight: null, scrollBy: 0 };
  if (cardHeight <= above) return { top: first.top - CARD_GAP - cardHeight, left, width, maxHeight: null, scrollBy: 0 };
  if (Math.max(below, above) >= CARD_MIN_HEIGHT) {
    return below >= above
      ? { top: last.bottom + CARD_GAP, left, width, maxHeight: below, scrollBy: 0 }
      : { top: VIEW_MARGIN, left, width, maxHeight: above, scrollBy: 0 };
  }
  // Neither side is usable: bring the claim's last line to the top and put the card under it.
  const scrollBy = last.top - VIEW_MARGIN;
  const lineHeight = last.bottom - last.top;
  const room = view.height - VIEW_MARGIN - lineHeight - CARD_GAP - VIEW_MARGIN;
  return {
    top: VIEW_MARGIN + lineHeight + CARD_GAP,
    left,
    width,
    maxHeight: cardHeight <= room ? null : Math.max(0, room),
    scrollBy,
  };
}
