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
.zv-options { max-width: 60rem; }
body:has(.zv-options) { max-width: none; }
.zv-options section { margin-bottom: 1.25rem; }
.zv-table { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
.zv-table th, .zv-table td { text-align: start; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--zv-border); }
.zv-table th { color: var(--zv-muted); font-weight: 600; }
.zv-url { color: var(--zv-muted); font-size: 0.75rem; word-break: break-all; }
.zv-row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0.5rem 0; }
.zv-col { display: flex; flex-direction: column; gap: 0.4rem; align-items: flex-start; }
.zv-options input[type=url], .zv-options input[type=password] { font: inherit; min-width: 18rem; padding: 0.2rem 0.4rem; color: var(--zv-fg); background: var(--zv-bg); border: 1px solid var(--zv-border); border-radius: 0.3rem; }
.zv-options input[type=number] { font: inherit; width: 5rem; color: var(--zv-fg); background: var(--zv-bg); border: 1px solid var(--zv-border); border-radius: 0.3rem; }
.zv-warning { border-left: 4px solid #d4b000; padding: 0.3rem 0.6rem; background: var(--zv-none-bg); }
.zv-file { display: inline-block; }
.zv-file:focus-within { outline: 2px solid var(--zv-accent); }
.zv-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.zv-reports { list-style: none; padding: 0; margin: 0 0 0.5rem; }
.zv-switch { display: block; margin: 0 0 0.5rem; color: var(--zv-muted); }
`;

/** Puts the shared UI styles and the page styles into the document head. */
export function installPageStyles(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = UI_CSS.replace(':host, .zv-root { all: initial; }', '') + PAGE_CSS;
  doc.head.append(style);
}
