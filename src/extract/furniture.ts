/**
 * Furniture common to every outlet (SITES.md "Boilerplate common to all of them"): read-also blocks,
 * messenger and Google News promos, photo credits, tag lists, share bars, asides, captions, counters.
 * A claim is never detected in any of these, so they never become paragraphs.
 */
import { WordEnd, type TextPattern } from './word-end';

/** Elements that are never article text, wherever they sit inside a body. */
export const COMMON_DROP_SELECTORS = [
  'aside', 'figcaption', 'figure', 'nav', 'footer', 'form', 'header', 'noscript', 'script', 'style', 'template',
  'iframe', 'svg', 'button', 'video', 'audio', 'picture', 'img', 'ins', 'dialog',
  '[hidden]', '[aria-hidden="true"]', '[role="complementary"]', '[role="navigation"]',
  'blockquote.twitter-tweet', 'blockquote.instagram-media', 'blockquote.telegram-post', '.fb-post',
  '[class*="share"]', '[class*="social"]', '[class*="read-also"]', '[class*="readalso"]', '[class*="also-read"]',
  '[class*="related"]', '[class*="tags"]', '[class*="subscribe"]', '[class*="banner"]', '[class*="advert"]',
  '[class*="comments"]', '[class*="counter"]', '[class*="caption"]', '[class*="promo"]', '[id*="adfox"]',
];

/** Photo credits, author lines and share bars are short; a long paragraph that opens with "Фото" is text. */
const SHORT_LINE_MAX_CHARS = 150;

// Note: `\b` is ASCII-only even with the `u` flag, so Cyrillic words end in "not a letter" instead:
// a WordEnd (word-end.ts), which creates the costly `(?!\p{L})` regex only when a match needs it.
/**
 * Block texts that are furniture: pattern, the name recorded in `Article.dropped`, a length cap if
 * any, and a cheap necessary condition tried first when the pattern is costly to compile (a `\p{…}`
 * class costs V8 about a millisecond on the first block of every page load).
 */
export const COMMON_DROP_TEXT: [TextPattern, string, number?, RegExp?][] = [
  [new WordEnd(/^(Читайте|Читати|Дивіться|Дивись|Смотрите|Слухайте)\s+(також|также|тоже|більше)/iu), 'read-also'],
  [/^(Read|See) also\b/i, 'read-also'],
  [/^(Вас|Вам)\s+(також|также|тоже)\s+(можуть|може|могут|может)\s+(зацікавити|заинтересовать|сподобатися|понравиться)/iu, 'may-interest', undefined, /^Ва[см]/iu],
  [/^(Фото|Фото ілюстративне|Фото иллюстративное|Ілюстративне фото|Иллюстративное фото|Photo|Відео|Видео|Колаж|Коллаж|Джерело фото|Источник фото)(\s*[:.]|$|\s+[«"“]?[\p{Lu}A-Z])/u, 'photo-credit', SHORT_LINE_MAX_CHARS, /^(Фото|Ілюстративне|Иллюстративное|Photo|Відео|Видео|Колаж|Коллаж|Джерело|Источник)/],
  [/^(Теги|Теґи|Мітки|Метки|Tags|Спецтема|Тема)\s*:/iu, 'tags'],
  [/^(Автор|Author|Автор фото)\s*:/iu, 'author-line', SHORT_LINE_MAX_CHARS],
  [new WordEnd(/^(Поділитися|Поделиться|Share)/iu), 'share-bar', SHORT_LINE_MAX_CHARS],
  [/^(Якщо ви помітили помилку|Если вы заметили ошибку|Помітили помилку|Заметили ошибку)/iu, 'error-report-prompt'],
  [/^(Вибір редактора|Выбор редакции|Вибір редакції)$/iu, 'editors-choice'],
  [/^[\d\s.,:/]+$/u, 'counter'],
];

/** Messenger / aggregator names and the verbs of a subscription promo; both must appear in a short block. */
const PROMO_CHANNEL = /(Telegram|Телеграм|WhatsApp|Viber|Вайбер|Google News|Google Новин|Facebook|Фейсбук|YouTube|Instagram|Twitter|TikTok)/iu;
const PROMO_VERB = /(Підпис|Подпис|Приєдн|Присоедин|Слідкуй|Следите|Читайте|Читати|Дивіться|Смотрите|Стежте|канал|Subscribe|Follow|Join)/iu;
/** A promo is a line or two; a long paragraph mentioning Telegram is article text. */
const PROMO_MAX_CHARS = 260;

/** The furniture name for a block text, or undefined when it is article text. */
export function furnitureKind(text: string, extra: TextPattern[] = []): string | undefined {
  for (const [re, name, max, pre] of COMMON_DROP_TEXT) {
    if (max !== undefined && text.length > max) continue;
    if (pre && !pre.test(text)) continue;
    if (re.test(text)) return name;
  }
  if (text.length <= PROMO_MAX_CHARS && PROMO_CHANNEL.test(text) && PROMO_VERB.test(text)) return 'promo';
  for (const re of extra) if (re.test(text)) return 'site-furniture';
  return undefined;
}
