/**
 * Where a text's ASCII digits are, remembered for the last text asked: the date and the number
 * parsers each ask about the same sentence, and most sentences hold none, so each test read it whole.
 * Their digit-led patterns begin only where a run of digits begins, and run sticky there.
 */

/** Global, so that lastIndex tells where it matched (a test, no match array). */
const DIGIT = /[0-9]/g;
let lastText: string | undefined;
let lastAt = -1;

/** The index of the first `[0-9]` in `text`, or -1; answered from memory when `text` is the text asked about last. */
export function firstAsciiDigit(text: string): number {
  if (text !== lastText) {
    lastText = text;
    DIGIT.lastIndex = 0;
    lastAt = DIGIT.test(text) ? DIGIT.lastIndex - 1 : -1;
  }
  return lastAt;
}

/** The maximal runs of `[0-9]` of a text, and what the parsers ask about them. */
export interface DigitRuns {
  /** Where each run begins, in order. */
  starts: number[];
  /** The length of the longest run (`/[0-9]{4}/` holds when it is 4 or more). */
  longest: number;
  /** A run is followed by "-" or "/" and another run (`/[0-9][-/][0-9]/`). */
  joined: boolean;
}

const NO_RUNS: DigitRuns = { starts: [], longest: 0, joined: false };
let runsText: string | undefined;
let runs: DigitRuns = NO_RUNS;

const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The digit runs of `text` (read from its first digit on); answered from memory for the text asked about last. */
export function asciiDigitRuns(text: string): DigitRuns {
  if (text === runsText) return runs;
  runsText = text;
  const first = firstAsciiDigit(text);
  if (first < 0) return (runs = NO_RUNS);
  const starts: number[] = [];
  let longest = 0;
  let joined = false;
  const n = text.length;
  for (let i = first; i < n; ) {
    if (!isAsciiDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < n && isAsciiDigit(text.charCodeAt(i))) i++;
    starts.push(s);
    if (i - s > longest) longest = i - s;
    const c = text.charCodeAt(i);
    if ((c === 0x2d || c === 0x2f) && isAsciiDigit(text.charCodeAt(i + 1))) joined = true;
  }
  return (runs = { starts, longest, joined });
}
