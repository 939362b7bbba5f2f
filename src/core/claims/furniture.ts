/**
 * Page furniture that reached the paragraphs (captions, teasers, link lists, legal footers) must never
 * yield a claim. Extraction drops most of it; this is the detector's own guard, in the spirit of
 * jusText's context-sensitive block classification (Pomikálek 2011, https://is.muni.cz/th/45523/fi_d/):
 * lines that do not end like a sentence are headlines or links, a known boilerplate vocabulary marks
 * captions and legal text, a line followed by a bare date is a teaser, and a short line between two
 * furniture lines is furniture too.
 */
import type { Paragraph } from '../types';
import { plainLower, plainRegExp } from '../text/plain-case';
import { TrigramScreen } from '../text/trigram-screen';

/** A paragraph shorter than this, between two furniture paragraphs, is furniture. */
const SANDWICH_MAX_CHARS = 160;

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const CLOSERS = '"»”’)]';
/** Terminal punctuation. */
const TERMINALS = '.!?…';

/**
 * Ends like a sentence: terminal punctuation, optionally followed by closing quotes or brackets (a line
 * ending in a bare quote is a headline: Проєкт "…"). What `/[.!?…]["»”’)\]]*$/u` tests, read from the
 * end: the regex tried every terminator of the paragraph on its way there.
 */
function endsLikeSentence(t: string): boolean {
  let i = t.length - 1;
  while (i >= 0 && CLOSERS.includes(t[i]!)) i--;
  return i >= 0 && TERMINALS.includes(t[i]!);
}
// Case-insensitive vocabularies run without `i` over lowercased plain text (../text/plain-case.ts):
// V8 compiles them several times faster, and a fresh worker pays that compile on its first page.
const BOILERPLATE_START = /^(фото|photo|колаж|карта|читайте|читати|подробиці|подробнее|підписуйтесь|подписывайтесь|subscribe|автор|текст:|джерело:|источник:|теги|read more|follow us|новини від)/iu;
/**
 * Copyright, advertising, contact and legal vocabulary, anywhere in the paragraph: "копіюван",
 * "копирован", "передрук", "перепечат", "реклам", "©", "e-mail", "телефон:", "азартн", "ctrl + enter",
 * "матеріал… сайт", "материал… сайт", "гіперпосилан", "гиперссылк", "all rights reserved", "cookie(s)",
 * "політик… конфіденційн", "персональних даних", "правила користування", "редакцію/редакція не/залишає".
 * Written with shared starts factored out (коп(іюван|ирован), …): V8 tries a flat alternation branch by
 * branch at every position of every paragraph (test/unit/core/claims/furniture-lowered.test.ts holds
 * it equal to the flat list).
 */
const BOILERPLATE = /коп(?:іюван|ирован)|пере(?:друк|печат)|ре(?:клам|дакці[юя] (?:не|залишає))|©|e-mail|телефон:|азартн|ctrl ?\+ ?enter|мат(?:еріал|ериал)\p{L}* .{0,40}сайт|г(?:іперпосилан|иперссылк)|all rights reserved|cookies?\b|п(?:олітик\p{L}* конфіденційн|ерсональних даних|равила користування)/iu;
/** A bare date or time: "13.11", "29 Квітня 2024", "17:59". */
const BARE_DATE = /^(\d{1,2}[./]\d{1,2}([./]\d{2,4})?|\d{1,2}:\d{2}|\d{1,2} \p{L}+ \d{4}( \d{1,2}:\d{2})?)$/u;

// Without `u` as well where plainRegExp can (explicit letter classes instead of \p{L}).
const BOILERPLATE_START_LOWER = plainRegExp(BOILERPLATE_START.source, 'u');
const BOILERPLATE_LOWER = plainRegExp(BOILERPLATE.source, 'u');

/**
 * For each alternative of BOILERPLATE, a piece that every match of it holds, picked rare in news prose
 * ("пію" of "копіюван", "тув" of "правила користування"): a paragraph whose lowercase holds none cannot
 * match, and plainLower notes that while lowercasing, so most paragraphs skip the alternation, which
 * irregexp tried at every position (~3.5% of detection). test/unit/core/claims/furniture-lowered.test.ts
 * checks that each alternative holds one of these.
 */
export const BOILERPLATE_SCREEN = new TrigramScreen([
  'пію', 'пир', 'едр', 'реп', 'екл', 'акц', '©', 'e-m', 'леф', 'зар', 'trl', 'сай', 'гіп', 'рсс', 'rve', 'kie', 'нфі', 'рсо', 'тув',
]);

/** Why a paragraph is furniture, or null when it reads as article prose. */
export function furnitureReason(p: Paragraph, next?: Paragraph): string | null {
  const t = p.text.trim();
  if (p.kind === 'h') return 'heading';
  if (!endsLikeSentence(t)) return 'no sentence end';
  const low = plainLower(t, BOILERPLATE_SCREEN);
  const boilerplate =
    low !== null ? BOILERPLATE_START_LOWER.test(low) || (BOILERPLATE_SCREEN.hit && BOILERPLATE_LOWER.test(low)) : BOILERPLATE_START.test(t) || BOILERPLATE.test(t);
  if (boilerplate) return 'boilerplate';
  if (next && BARE_DATE.test(next.text.trim())) return 'teaser';
  return null;
}

/** For each paragraph, the reason it is furniture (null for article prose). */
export function furnitureMap(ps: Paragraph[]): (string | null)[] {
  // Loops that push, not Array#map: V8's optimised map makes holey arrays where the builtin made packed
  // ones, so every reader of this array deoptimised once the caller was optimised (runs 30-90 of the bench).
  const base: (string | null)[] = [];
  for (let i = 0; i < ps.length; i++) base.push(furnitureReason(ps[i]!, ps[i + 1]));
  const out: (string | null)[] = [];
  for (let i = 0; i < base.length; i++) {
    const r = base[i]!;
    if (r) {
      out.push(r);
      continue;
    }
    const t = ps[i]!.text.trim();
    const prev = i > 0 ? base[i - 1] : null;
    const next = i + 1 < base.length ? base[i + 1] : null;
    out.push(prev && next && t.length < SANDWICH_MAX_CHARS ? 'between furniture' : null);
  }
  return out;
}
