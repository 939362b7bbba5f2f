/**
 * The check-worthiness features of a sentence, all in [0, 1], by name. The model (model.json) holds
 * one weight per name; a name the model does not know weighs nothing, so features can be added
 * before the model is retrained.
 */
import type { ClaimKind } from '../types';
import type { Attribution } from './attribution';
import { quoted, type Unit } from './units';
import { wordPatternOf } from './word-pattern';

/** Sentence lengths (in words) that read as fragments or as run-ons. */
const SHORT_WORDS = 8;
const LONG_WORDS = 45;
const LOG_LEN_CAP = 60;
const COUNT_CAP = 4;

// Word lists as regex literals, compiled by wordPatternOf (a `\p{L}` regex is slow to compile cold).
const FIRST_PERSON = wordPatternOf(/^(я|ми|мы|мене|мною|меня|нас|i|we|my|мій|моя|мою|мой|наш\p{L}*|our|думаю|думаем|уверен|впевнений|вважаю|считаю)$/u);
const READER_ADDRESS = wordPatternOf(/^(читайте|стежте|слідкуйте|следите|подписывайтесь|підписуйтесь|детальніше|подробнее|читать|stay|follow|subscribe|updated|update)$/u);
const RECALL = wordPatternOf(/^(нагадаємо|напомним|раніше|ранее|recall)$/u);

/** Closing quotes and brackets that may follow a final question mark. */
const QUESTION_CLOSERS = '"»”)';

/**
 * `/\?["»”)]*$/.test(text)`, read from the end: the regex tried every position of the sentence.
 */
function endsWithQuestion(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && QUESTION_CLOSERS.includes(text[i]!)) i--;
  return i >= 0 && text.charCodeAt(i) === 0x3f;
}

/** Everything the features are computed from. */
export interface FeatureInput {
  unit: Unit;
  attr: Attribution;
  kind: ClaimKind;
  entities: number;
  concepts: number;
  hasQuantity: boolean;
  hasDate: boolean;
  negated: boolean;
  hedged: boolean;
}

/** The feature names, in the order featuresOf writes them (the order score() sums them in). */
export const FEATURE_NAMES = [
  'cue', 'say', 'report', 'deny', 'confirm', 'noComment', 'quantityKind', 'event', 'speaker', 'source', 'anonymous', 'carry', 'quantity', 'date',
  'hedged', 'negated', 'entities', 'noEntities', 'concepts', 'short', 'long', 'logLen', 'question', 'firstPerson', 'readerAddress', 'recall', 'quote',
] as const;

/** A feature record as featuresOf makes it: every name of FEATURE_NAMES, in that order. */
export type Features = Record<(typeof FEATURE_NAMES)[number], number>;

/** The feature vector as a name → value map. */
export function featuresOf(f: FeatureInput): Features {
  const u = f.unit;
  const n = u.words.length;
  // Words outside quotations, tested in place (no filtered copy of the sentence per feature vector),
  // both vocabularies in one pass over the words. The word test first: it is a bit in the word's
  // record, and few words pass it.
  let firstPerson = false;
  let readerAddress = false;
  for (const w of u.words) {
    if (!firstPerson && FIRST_PERSON.testToken(w) && !quoted(u, w.start)) firstPerson = true;
    if (!readerAddress && READER_ADDRESS.testToken(w) && !quoted(u, w.start)) readerAddress = true;
    if (firstPerson && readerAddress) break;
  }
  const b = (x: boolean): number => (x ? 1 : 0);
  return {
    cue: b(f.attr.family !== undefined),
    say: b(f.attr.family === 'say'),
    report: b(f.attr.family === 'report'),
    deny: b(f.kind === 'denial'),
    confirm: b(f.kind === 'confirmation'),
    noComment: b(f.kind === 'no-comment'),
    quantityKind: b(f.kind === 'quantity'),
    event: b(f.kind === 'event'),
    speaker: b(f.attr.speaker !== undefined),
    source: b(f.attr.source !== undefined),
    anonymous: b(f.attr.anonymous),
    carry: b(f.attr.carry),
    quantity: b(f.hasQuantity),
    date: b(f.hasDate),
    hedged: b(f.hedged),
    negated: b(f.negated),
    entities: Math.min(f.entities, COUNT_CAP) / COUNT_CAP,
    noEntities: b(f.entities === 0),
    concepts: Math.min(f.concepts, COUNT_CAP) / COUNT_CAP,
    short: b(n < SHORT_WORDS),
    long: b(n > LONG_WORDS),
    logLen: Math.min(1, Math.log(1 + n) / Math.log(LOG_LEN_CAP)),
    question: b(endsWithQuestion(u.text.trim())),
    firstPerson: b(firstPerson),
    readerAddress: b(readerAddress),
    recall: b(RECALL.test(u.words[0]?.norm ?? '')),
    quote: b(u.quotes.length > 0),
  };
}
