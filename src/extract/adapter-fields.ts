/**
 * Reading one field (title, date, author) through an adapter's selectors, the second source after
 * page metadata. Dates come from `datetime` or `content` attributes when present, else from the text.
 */
import { visibleText } from './dom-text';
import { normalizeIsoDate, parseHumanDate } from './dates';
import { firstMatch } from './selectors';

/** Author blocks often say "Автор:" / "Текст:" before the name, and a date after it. */
const AUTHOR_PREFIX = /^(?:Автор(?:ка)?|Текст|Author|By)\s*:?\s*/iu;
const AUTHOR_MAX_CHARS = 80;

/** The field's value from the first matching selector, or undefined. */
export function adapterField(doc: Document, selectors: string[] | undefined, kind: 'text' | 'date' | 'author'): string | undefined {
  const el = firstMatch(doc, selectors);
  if (!el) return undefined;
  const attr = el.getAttribute('datetime') ?? el.getAttribute('content');
  const text = attr?.trim() || visibleText(el);
  if (!text) return undefined;
  if (kind === 'date') return normalizeIsoDate(text, true) ?? parseHumanDate(text);
  if (kind === 'author') {
    const name = text.replace(AUTHOR_PREFIX, '').split(/[,|]\s*\d/)[0]!.trim();
    return name && name.length <= AUTHOR_MAX_CHARS ? name : undefined;
  }
  return text;
}
