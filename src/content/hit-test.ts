/**
 * Which claim is under a point: the caret position at (x, y) tested against each claim's range.
 * Highlights are not elements, so the click target alone cannot tell.
 */

interface CaretDoc {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The caret's node and offset at a viewport point, or null. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint.call(doc, x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint.call(doc, x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** The id of the claim whose range contains the caret, or null. */
export function claimAt(
  caret: { node: Node; offset: number },
  ranges: ReadonlyMap<string, { range: Range }>,
): string | null {
  for (const [id, { range }] of ranges) {
    try {
      if (range.isPointInRange(caret.node, caret.offset) && !range.collapsed) return id;
    } catch {
      // The node moved to another document or was removed: not this claim.
    }
  }
  return null;
}
