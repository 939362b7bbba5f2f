/** Styles of the popup and options pages (extension pages: no page CSS to defend against). */
import { UI_CSS } from './styles';

const PAGE_CSS = `
html, body { margin: 0; background: var(--zv-bg, #fff); }
body { min-width: 22rem; max-width: 40rem; }
.zv-popup, .zv-options { display: block; padding: 0.75rem 0.9rem; background: var(--zv-bg); min-height: 100vh; box-sizing: border-box; }
.zv-popup-head { display: flex; align-items: baseline; justify-content: space-between; gap: 1rem; }
h1 { font-size: 1rem; margin: 0 0 0.5rem; }
h2 { font-size: 0.9rem; margin: 1rem 0 0.4rem; }
.zv-link { font: inherit; border: 0; background: none; color: var(--zv-accent); cursor: pointer; padding: 0.1rem 0.2rem; text-decoration: underline; }
.zv-status { color: var(--zv-muted); }
.zv-error { color: var(--zv-denied); }
.zv-count { color: var(--zv-muted); margin: 0 0 0.4rem; }
.zv-claims { list-style: none; margin: 0; padding: 0; }
.zv-claim { border: 1px solid var(--zv-border); border-left-width: 4px; border-radius: 0.4rem; padding: 0.5rem 0.6rem; margin-bottom: 0.5rem; }
.zv-claim-denied { border-left-color: var(--zv-denied); }
.zv-claim-corroborated { border-left-color: var(--zv-ok); }
.zv-claim-none { border-left-color: #d4b000; }
.zv-claim-text { font: inherit; text-align: start; background: none; border: 0; padding: 0; color: var(--zv-fg); cursor: pointer; display: block; margin-bottom: 0.35rem; }
.zv-claim-text:hover, .zv-claim-text:focus-visible { text-decoration: underline; }
.zv-sites { list-style: none; padding: 0; margin: 0; }
.zv-sites li { padding: 0.2rem 0; }
.zv-switch { display: block; margin: 0 0 0.5rem; color: var(--zv-muted); }
`;

/** Puts the shared UI styles and the page styles into the document head. */
export function installPageStyles(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = UI_CSS.replace(':host, .zv-root { all: initial; }', '') + PAGE_CSS;
  doc.head.append(style);
}
