/**
 * News-agency datelines that open a story: "BRUSSELS, May 21 (Reuters) -", "КИЇВ, 12 березня (Укрінформ) –",
 * "МОСКВА, 12 марта. /ТАСС/.", "WASHINGTON (AP) —". The place and the agency there say where and by whom
 * the story was filed, not who said or reported the claim, so their names are no speaker or source.
 */

/** Longest dateline considered (characters): a place list, a date and an agency name. */
const MAX_DATELINE = 90;

/**
 * PLACE[/PLACE] in capitals, an optional date, then the agency in (parentheses) or /slashes/ or capitals,
 * then a dash (or the period after /ТАСС/). Exported for the test of datelineEnd's shortcut.
 */
export const DATELINE = new RegExp(
  String.raw`^\s*\p{Lu}[\p{Lu}'’-]{2,}(?:[ /-]\p{Lu}[\p{Lu}'’-]+)*(?:[,.]\s*[\p{L}\d ]{1,25}?)?` +
    String.raw`\s*[,.]?\s*(?:\([^()\s]{2,30}\)\s*[-\u2013\u2014]|\/[^/]{2,40}\/\s*[.\-\u2013\u2014]|\p{Lu}[\p{Lu}\d -]{2,40}?\s+[-\u2013\u2014])\s*`,
  'u',
);

/** Basic Latin and Cyrillic lower-case letters (neither a space nor a capital, an apostrophe or a dash). */
function isBasicLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x45f);
}
/** Basic Latin and Cyrillic letters of either case (not a space). */
function isBasicLetter(c: number): boolean {
  return isBasicLower(c) || (c >= 65 && c <= 90) || (c >= 0x400 && c <= 0x42f);
}

/** Length of the dateline opening `text` (0 when there is none). */
export function datelineEnd(text: string): number {
  // A sentence opening with a letter and then a lower-case one ("Про це", "China") cannot open with a
  // word in capitals: no dateline, no slice and no regex (most sentences).
  if (isBasicLetter(text.charCodeAt(0)) && isBasicLower(text.charCodeAt(1))) return 0;
  const m = DATELINE.exec(text.slice(0, MAX_DATELINE));
  return m ? m[0].length : 0;
}
