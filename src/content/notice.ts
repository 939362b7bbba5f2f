/**
 * A short message from the content script to the reader, for a failure they would otherwise not
 * see: a click on a claim whose card could not load (card.js refused, the extension updated under
 * an open tab). A box in the viewport's bottom corner, in a closed shadow root the page's CSS cannot
 * reach; text only (textContent, never markup); announced to screen readers (role="alert"); gone
 * after NOTICE_MS, on its close button, or on Escape. One at a time: a new notice replaces the last.
 */
import { t } from '../ui/i18n';

/** How long a notice stays up unless closed. */
export const NOTICE_MS = 8000;

// System colours follow the reader's light or dark scheme; sizes in px stay readable at 200% zoom,
// where the box may take the whole width less a margin.
const STYLE = `
:host { all: initial; }
.box { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; box-sizing: border-box;
  max-width: min(380px, calc(100vw - 32px)); display: flex; gap: 12px; align-items: flex-start;
  padding: 12px 14px; border-radius: 8px; border: 1px solid #c62828; background: #fff; color: #1a1a1a;
  font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.2); }
.text { flex: 1; }
button { all: unset; cursor: pointer; padding: 0 4px; font: 18px/1 system-ui, sans-serif; color: inherit; border-radius: 4px; }
button:focus-visible { outline: 2px solid #2446c8; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { .box { background: #202124; color: #e8eaed; border-color: #ef9a9a; } }
`;

/** The notice on screen per document, so a new one replaces it. */
const current = new WeakMap<Document, () => void>();

/** Shows `text` to the reader; returns a function that removes it (also called when it times out). */
export function showNotice(doc: Document, text: string): () => void {
  current.get(doc)?.();
  const win = doc.defaultView;
  const host = doc.createElement('zvirka-notice');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'alert');
  const message = doc.createElement('div');
  message.className = 'text';
  message.textContent = text;
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', t('cardClose'));
  box.append(message, close);
  root.append(style, box);

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && e.isTrusted) remove();
  };
  const remove = () => {
    if (current.get(doc) === remove) current.delete(doc);
    clearTimeout(timer);
    doc.removeEventListener('keydown', onKey, true);
    host.remove();
  };
  close.addEventListener('click', remove);
  doc.addEventListener('keydown', onKey, true);
  const timer = (win ?? globalThis).setTimeout(remove, NOTICE_MS);
  doc.documentElement.append(host);
  current.set(doc, remove);
  return remove;
}
