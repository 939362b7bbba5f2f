/**
 * The engine's data model (ARCHITECTURE.md "Data model"). Plain, JSON-serializable shapes: they cross
 * the message boundary between content script, background and popup, and are written to IndexedDB.
 */

/** A language the engine understands; `und` when text is too short or mixed to tell. */
export type Lang = 'uk' | 'ru' | 'en' | 'und';

/** How an article reached the engine. */
export type Obtained = 'page' | 'linked' | 'feed' | 'pack' | 'claimreview' | 'file';

/** One block of article text (a paragraph, subhead, list item or quote), in reading order. */
export interface Paragraph {
  /** Stable within the article: `p0`, `p1`, … */
  id: string;
  /** The block's text as the reader sees it (whitespace collapsed, not otherwise normalized). */
  text: string;
  /** `p`, `h2`, `li`, `blockquote`, `lead`: what kind of block it was. */
  kind: 'p' | 'h' | 'li' | 'quote' | 'lead';
  /** Language of this paragraph when known. */
  lang?: Lang;
}

/** A link found inside the article body. */
export interface BodyLink {
  text: string;
  href: string;
  /** Id of the paragraph that contains the link. */
  paragraph: string;
}

/** A field-by-field account of where extraction got each value (the "debug log" of SITES.md). */
export type ExtractionTrace = Record<string, 'json-ld' | 'opengraph' | 'meta' | 'selector' | 'generic' | 'text' | 'none'>;

/** An extracted news article. */
export interface Article {
  url: string;
  canonicalUrl?: string;
  /** The outlet's registrable host, e.g. `korrespondent.net`, `pravda.com.ua`. */
  outlet: string;
  lang: Lang;
  title: string;
  /** ISO 8601; with offset when the page gave one. */
  published?: string;
  author?: string;
  paragraphs: Paragraph[];
  links: BodyLink[];
  obtained: Obtained;
  /** ISO 8601 time the article was extracted. */
  obtainedAt: string;
  /** Which adapter ran (`korrespondent`, `generic`, `text`). */
  adapter: string;
  /** What was dropped as furniture (short descriptions, for debugging and tests). */
  dropped?: string[];
  trace?: ExtractionTrace;
  /** Diagnostics from extraction: JSON-LD that did not parse, limits reached, fallbacks taken. */
  notes?: string[];
  /**
   * schema.org ClaimReview items in the page's JSON-LD, as the page gave them (a fact-checker's page
   * carries its verdicts there). Untrusted: the background validates each before indexing it.
   */
  claimReviews?: Record<string, unknown>[];
}

/** Returned instead of an Article when the input is not a news article. */
export interface NotAnArticle {
  notArticle: true;
  reason: string;
}

export type ExtractResult = Article | NotAnArticle;

export function isArticle(r: ExtractResult): r is Article {
  return !(r as NotAnArticle).notArticle;
}

/** W3C Web Annotation TextQuoteSelector. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Character offsets into the concatenation of the article's paragraph texts joined by "\n\n". */
export interface TextPosition {
  start: number;
  end: number;
}

export type ClaimKind = 'statement' | 'report' | 'denial' | 'confirmation' | 'quantity' | 'event' | 'no-comment';

/** A check-worthy sentence or clause found in an article. */
export interface Claim {
  /** Stable within the article: `c0`, `c1`, … */
  id: string;
  /** The sentence or clause as it appears in the paragraph. */
  text: string;
  paragraph: string;
  /** Offsets of `text` inside its paragraph's text. */
  start: number;
  end: number;
  quote: TextQuote;
  position: TextPosition;
  kind: ClaimKind;
  /** Entity id of who says it ("rutte", "mfa-china"), when attributed. */
  speaker?: string;
  /** Entity id of who reported it ("reuters", "cnn", "isw"), when attributed. */
  source?: string;
  /** For denials of a report: the entity id of the outlet whose report is denied. */
  target?: string;
  /** The attribution cue as written ("спростував", "according to"). */
  cue?: string;
  entities: string[];
  concepts: string[];
  numbers: number[];
  /** ISO dates (YYYY-MM-DD or --MM-DD when the year is unknown). */
  dates: string[];
  negated: boolean;
  hedged: boolean;
  /** 0..1 */
  checkworthiness: number;
  lang: Lang;
}

export type Stance = 'corroborates' | 'denies' | 'related';

/** A link from a page's claim to an evidence claim in another article. */
export interface EvidenceLink {
  url: string;
  outlet: string;
  published?: string;
  stance: Stance;
  score: number;
  sentence: string;
  speaker?: string;
  /** The origin this evidence derives from (e.g. "reuters" for ten outlets repeating Reuters). */
  origin: string;
  cue?: string;
  title?: string;
  /** The evidence repeats the page claim's own report: it corroborates that the report exists, not that it is true. */
  sameReport?: boolean;
  /** Id of the reader's report that corrected this link's stance, when one did. */
  reported?: string;
  /** Display name of `speaker` for the UI (the background resolves it; `speaker` stays an entity id). */
  speakerName?: string;
  /** Display name of `origin` for the UI. */
  originName?: string;
}

export type ReportReason = 'not-about-claim' | 'wrong-stance-corroborates' | 'wrong-stance-denies' | 'not-a-claim' | 'outdated' | 'other';

/** A reader's mismatch report. Never evicted. */
export interface MismatchReport {
  id: string;
  pageUrl: string;
  claimQuote: TextQuote;
  evidenceUrl: string;
  evidenceSentence: string;
  shownStance: Stance;
  reason: ReportReason;
  comment?: string;
  createdAt: string;
  /** `local` when no endpoint is configured; otherwise queued until a 2xx answer (sent) or a permanent error (failed). */
  delivery: 'local' | 'queued' | 'sent' | 'failed';
  /** Delivery bookkeeping: attempts made, when the next is due, the last error. */
  attempts?: number;
  nextAttempt?: string;
  lastError?: string;
}
