/**
 * Page furniture recognised from a single line of a text page (SITES.md "Boilerplate common to all of
 * them"): link-only lines, counters, photo credits, read-also and promo lines, share bars, comment and
 * error-report prompts, legal footers, tag lists, bylines, bare dates, upper-case labels and
 * "show more" navigation. Patterns cover Ukrainian, Russian and English.
 *
 * Word boundaries are written as `(?![\p{L}])` lookarounds: JavaScript's `\b` only knows ASCII word
 * characters, so `/також\b/u` never matches Cyrillic text.
 */
import { dateInLine } from './date-line';
import type { TextLine } from './lines';
import { hasLetters, isProse, upperShare, wordCount } from './prose';

/** Lines up to this long may be photo credits, bylines, dates, labels, prompts or promos. */
const SHORT_FURNITURE_MAX = 160;
/** Promos are a line or two. */
const PROMO_MAX = 300;
/** Link text share above which a line that is not prose is a link list. */
const LINK_HEAVY_SHARE = 0.6;
/** Upper-case share above which a short line is a section label or menu ("ВСІ ТЕМИ >", "ТАНКИ"). */
const CAPS_SHARE = 0.8;
/** A bare date line ("29 Квітня 2024", "17:59, 20.05.2026") is at most this long. */
const DATE_LINE_MAX = 40;

const NB = '(?![\\p{L}\\p{N}])';
const re = (src: string, flags = 'iu'): RegExp => new RegExp(src, flags);

/** [pattern, reason, max length or undefined] in order; the first match names the furniture. */
const PATTERNS: [RegExp, string, number | undefined][] = [
  [/^[\d\s.,:/+%–—-]+$/u, 'counter', undefined],
  [re(`^(фото|foto|photo|колаж|коллаж|ілюстрація|иллюстрация|скриншот|скріншот|інфографіка|инфографика|джерело фото|источник фото|credit|image)${NB}`), 'photo-credit', SHORT_FURNITURE_MAX],
  [re(`^(читайте|читати|дивіться|дивись|смотрите|слухайте|читайте нас)\\s+(також|также|тоже|ще|більше)${NB}`), 'read-also', undefined],
  [re(`^(read|see) also${NB}`), 'read-also', undefined],
  [re(`^(вас|вам)\\s+(також|также|тоже)\\s+(може|можуть|может|могут)${NB}`), 'read-also', undefined],
  [re(`^(по темі|по теме|ще по темі|еще по теме|related|вибір редактора|вибір редакції|выбор редакции|editor's choice)${NB}`), 'read-also', SHORT_FURNITURE_MAX],
  [re(`(?<![\\p{L}])(теги|теґи|тэги|мітки|метки|tags)\\s*:`), 'tags', undefined],
  [re(`^(текст|автор|автори|авторы|author|authors|by|редактор|фото і текст|фото и текст)\\s*:`), 'byline', SHORT_FURNITURE_MAX],
  [/ctrl\s*\+\s*enter/iu, 'error-report-prompt', undefined],
  [re(`^(якщо ви помітили помилку|если вы заметили ошибку|помітили помилку|заметили ошибку)`), 'error-report-prompt', undefined],
  [re(`^(читати|читать|показати|показать|залишити|оставить|додати|добавить|написати|написать|усі|всі|все)?\\s*(коментар|комментар|comments?)\\p{L}*(\\s*\\(?\\d*\\)?)?$`), 'comments', SHORT_FURNITURE_MAX],
  [re(`^(поділитися|поделиться|share)${NB}`), 'share-bar', SHORT_FURNITURE_MAX],
  [re(`^(показати більше|показать больше|показати ще|завантажити ще|загрузить еще|load more|show more|усі новини|всі новини|все новости|all news|більше новин|больше новостей)${NB}`), 'navigation', SHORT_FURNITURE_MAX],
  [re(`(©|all rights reserved|(усі|всі) права захищен|все права защищены|на правах реклами|на правах рекламы|(?<![\\p{L}\\p{N}])(18|21)\\+)`), 'legal', undefined],
];

// Weaker legal vocabulary: two different hits make a legal line.
const LEGAL_WORDS = [
  /копіюв|копиров/iu, /передрук|перепечат/iu, /гіперпосилан|гиперссыл/iu, /матеріал|материал/iu,
  /конфіденційн|конфиденциальн|privacy/iu, /азартн/iu, /персональн/iu, /правовласник|правоюласник|правообладател/iu,
  /ідентифікатор медіа|идентификатор медиа|онлайн-меді/iu, /e-mail\s*:|телефон\s*:/iu, /правила користування|пользовательское соглашение|terms of use/iu,
];

// A subscription promo names a channel and asks the reader to act. A bare "канал" is not enough:
// "повідомили в Telegram-каналі ОВА" is news, not a promo.
const PROMO_CHANNEL = /(telegram|телеграм|whatsapp|viber|вайбер|google news|google новин|facebook|фейсбук|youtube|instagram|twitter|tiktok)/iu;
const PROMO_ASK = re(
  `(підписуйт|подписывайт|подпишит|підпишіт|приєднуйт|присоединяйт|слідкуйт|следите|стежте|читайте (нас|[\\p{L}.]+ (в|у))|новини від|новости от|subscribe|follow us|join us|наш канал|наші канали|наших каналах)`,
);

const SOCIAL_WORDS = new Set([
  'facebook', 'twitter', 'telegram', 'viber', 'whatsapp', 'x', 'linkedin', 'instagram', 'youtube', 'tiktok', 'rss',
  'e-mail', 'email', 'f', 't', 'v', 'search', 'menu', 'пошук', 'поиск', 'меню', 'share', 'поділитися', 'поделиться',
]);
const SOCIAL_SHARE = 0.5;

// Arrows and ">>" that end navigation links; a call to action after a teaser title.
const NAV_END = /(>{1,2}|[»›→⇢])\s*$/u;
const CALL_TO_ACTION = re(`(?<![\\p{L}])(читати|читать|детальніше|подробнее|read more)$`);
const VIEW_COUNTER = /\s\d{3,}$/u;
const YEAR_END = /\s(19|20)\d\d$/u;

function socialBar(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  const social = words.filter((w) => SOCIAL_WORDS.has(w)).length;
  return words.length >= 2 && social / words.length >= SOCIAL_SHARE;
}

/** The furniture reason for one line judged on its own, or undefined when it may be article text. */
export function lineFurniture(line: TextLine, prose = isProse(line.text)): string | undefined {
  if (line.oversized) return 'oversized-line';
  const t = line.text;
  if (line.linkChars > 0 && !hasLetters(line.bare)) return 'link-only';
  for (const [pattern, reason, max] of PATTERNS) if ((max === undefined || t.length <= max) && pattern.test(t)) return reason;
  if (LEGAL_WORDS.filter((w) => w.test(t)).length >= 2) return 'legal';
  if (t.length <= PROMO_MAX && PROMO_CHANNEL.test(t) && PROMO_ASK.test(t)) return 'promo';
  if (prose) return undefined;
  if (line.linkChars / t.length >= LINK_HEAVY_SHARE) return 'link-list';
  if (t.length <= DATE_LINE_MAX && dateInLine(t)) return 'date';
  if (t.length <= SHORT_FURNITURE_MAX && socialBar(t)) return 'share-bar';
  if (t.length <= SHORT_FURNITURE_MAX && upperShare(t) >= CAPS_SHARE) return 'caps-label';
  if (NAV_END.test(t)) return 'navigation';
  if (t.length <= SHORT_FURNITURE_MAX && CALL_TO_ACTION.test(t) && wordCount(t) > 1) return 'call-to-action';
  if (VIEW_COUNTER.test(t) && !YEAR_END.test(t)) return 'view-counter';
  return undefined;
}
