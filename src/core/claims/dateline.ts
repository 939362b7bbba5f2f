/**
 * News-agency datelines that open a story: "BRUSSELS, May 21 (Reuters) -", "КИЇВ, 12 березня (Укрінформ) –",
 * "МОСКВА, 12 марта. /ТАСС/.", "WASHINGTON (AP) —". The place and the agency there say where and by whom
 * the story was filed, not who said or reported the claim, so their names are no speaker or source.
 */

/** Longest dateline considered (characters): a place list, a date and an agency name. */
const MAX_DATELINE = 90;

// PLACE[/PLACE] in capitals, an optional date, then the agency in (parentheses) or /slashes/ or capitals,
// then a dash (or the period after /ТАСС/).
const DATELINE = new RegExp(
  String.raw`^\s*\p{Lu}[\p{Lu}'’-]{2,}(?:[ /-]\p{Lu}[\p{Lu}'’-]+)*(?:[,.]\s*[\p{L}\d ]{1,25}?)?` +
    String.raw`\s*[,.]?\s*(?:\([^()\s]{2,30}\)\s*[-\u2013\u2014]|\/[^/]{2,40}\/\s*[.\-\u2013\u2014]|\p{Lu}[\p{Lu}\d -]{2,40}?\s+[-\u2013\u2014])\s*`,
  'u',
);

/** Length of the dateline opening `text` (0 when there is none). */
export function datelineEnd(text: string): number {
  const m = DATELINE.exec(text.slice(0, MAX_DATELINE));
  return m ? m[0].length : 0;
}
