/**
 * Styles for the claim card (inside its shadow root) and the popup. One sheet so both look the
 * same; colours follow the system's dark mode; sizes in rem so 200% zoom reflows instead of clipping.
 */
export const UI_CSS = `
:host, .zv-root { all: initial; }
.zv-root, .zv-card, .zv-popup, .zv-options {
  --zv-bg: #ffffff; --zv-fg: #1b1d22; --zv-muted: #5a6070; --zv-border: #d5d9e2; --zv-accent: #2446c8;
  --zv-denied: #b3261e; --zv-denied-bg: #fde8e7; --zv-ok: #1e7a34; --zv-ok-bg: #e3f4e7; --zv-none-bg: #fff6cc;
  font: 0.875rem/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--zv-fg);
}
@media (prefers-color-scheme: dark) {
  .zv-root, .zv-card, .zv-popup, .zv-options {
    --zv-bg: #1d2027; --zv-fg: #e9ecf2; --zv-muted: #a7afc0; --zv-border: #3a404d; --zv-accent: #8fa8ff;
    --zv-denied: #ffb4ab; --zv-denied-bg: #4a1f1c; --zv-ok: #8fd9a0; --zv-ok-bg: #1c3a24; --zv-none-bg: #3d3613;
  }
}
.zv-card {
  display: block; box-sizing: border-box; overflow: auto;
  /* The page's card host sets these from card-place.ts; the defaults hold elsewhere. */
  width: var(--zv-card-width, min(26rem, calc(100vw - 1rem))); max-height: var(--zv-card-max, 70vh);
  background: var(--zv-bg); border: 1px solid var(--zv-border); border-radius: 0.5rem;
  box-shadow: 0 0.5rem 1.5rem rgba(0,0,0,.18); padding: 0.75rem 0.9rem; outline: none;
}
.zv-card:focus-visible { outline: 2px solid var(--zv-accent); outline-offset: 2px; }
.zv-card-head { display: flex; align-items: center; justify-content: space-between; margin-bottom: 0.4rem; }
.zv-title { font-size: 0.8rem; letter-spacing: .04em; text-transform: uppercase; color: var(--zv-accent); margin: 0; }
.zv-close { font: inherit; font-size: 1.2rem; line-height: 1; border: 0; background: transparent; color: var(--zv-muted);
  cursor: pointer; padding: 0.15rem 0.45rem; border-radius: 0.3rem; }
.zv-close:hover, .zv-close:focus-visible { background: var(--zv-border); color: var(--zv-fg); }
.zv-chips { display: flex; flex-wrap: wrap; gap: 0.3rem; margin-bottom: 0.4rem; }
.zv-chip { font-size: 0.75rem; padding: 0.05rem 0.45rem; border-radius: 999px; border: 1px solid var(--zv-border); color: var(--zv-muted); }
.zv-state-denied { background: var(--zv-denied-bg); color: var(--zv-denied); border-color: transparent; }
.zv-state-corroborated { background: var(--zv-ok-bg); color: var(--zv-ok); border-color: transparent; }
.zv-state-none { background: var(--zv-none-bg); color: var(--zv-fg); border-color: transparent; }
.zv-quote { margin: 0 0 0.5rem; padding-left: 0.6rem; border-left: 3px solid var(--zv-border); unicode-bidi: isolate; }
.zv-attribution { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.6rem; margin: 0 0 0.6rem; }
.zv-attribution dt { color: var(--zv-muted); }
.zv-attribution dd { margin: 0; font-weight: 600; unicode-bidi: isolate; }
.zv-group { font-size: 0.8rem; margin: 0.6rem 0 0.3rem; color: var(--zv-muted); text-transform: uppercase; letter-spacing: .03em; }
.zv-evidence-list ul { list-style: none; margin: 0; padding: 0; }
.zv-evidence { padding: 0.45rem 0.55rem; margin-bottom: 0.35rem; border-radius: 0.35rem; border: 1px solid var(--zv-border); }
.zv-evidence.zv-denies { border-left: 4px solid var(--zv-denied); }
.zv-evidence.zv-corroborates { border-left: 4px solid var(--zv-ok); }
.zv-meta { font-size: 0.75rem; color: var(--zv-muted); unicode-bidi: isolate; }
.zv-sentence { display: block; margin: 0.2rem 0; unicode-bidi: isolate; }
.zv-open { color: var(--zv-accent); display: inline-block; }
.zv-empty { color: var(--zv-muted); margin: 0.3rem 0 0; }
.zv-repeats { list-style: none; margin: -0.15rem 0 0.4rem 0.6rem; font-size: 0.8rem; }
.zv-repeats summary { cursor: pointer; color: var(--zv-muted); }
.zv-repeats ul { margin-top: 0.3rem; }
.zv-legend { display: flex; flex-wrap: wrap; gap: 0.2rem 0.8rem; list-style: none; margin: 0 0 0.5rem; padding: 0; font-size: 0.75rem; color: var(--zv-muted); }
.zv-legend li { display: flex; align-items: center; gap: 0.3rem; }
.zv-swatch { display: inline-block; width: 1.1rem; height: 0.7rem; border-radius: 2px; }
/* The same colours and underline styles as the page highlights (content.css). */
.zv-swatch-denied { background: rgba(229, 57, 53, 0.2); border-bottom: 2px dotted #c62828; }
.zv-swatch-corroborated { background: rgba(46, 160, 67, 0.22); border-bottom: 2px solid #1e7834; }
.zv-swatch-none { background: rgba(255, 214, 0, 0.32); border-bottom: 2px dotted #8c6e00; }
.zv-timeline { display: flex; flex-wrap: wrap; gap: 0.25rem 0.8rem; list-style: none; margin: 0.2rem 0 0.4rem; padding: 0; font-size: 0.75rem; color: var(--zv-muted); }
.zv-timeline li { display: flex; align-items: center; gap: 0.2rem; }
.zv-dot { display: inline-block; width: 0.55rem; height: 0.55rem; border-radius: 50%; }
.zv-dot-denies { background: var(--zv-denied); }
.zv-dot-corroborates { background: var(--zv-ok); }
.zv-dot-related { background: var(--zv-muted); }
.zv-steps { display: flex; align-items: center; justify-content: space-between; gap: 0.5rem; margin-top: 0.6rem;
  padding-top: 0.5rem; border-top: 1px solid var(--zv-border); }
.zv-step { font: inherit; font-size: 0.8rem; border: 1px solid var(--zv-border); background: transparent; color: var(--zv-fg);
  border-radius: 0.3rem; padding: 0.15rem 0.55rem; cursor: pointer; }
.zv-step:hover, .zv-step:focus-visible { border-color: var(--zv-accent); color: var(--zv-accent); }
.zv-pos { font-size: 0.75rem; color: var(--zv-muted); }
.zv-report-open { display: block; font: inherit; font-size: 0.75rem; border: 0; background: none; color: var(--zv-muted); text-decoration: underline;
  cursor: pointer; padding: 0; margin-top: 0.35rem; }
.zv-report-open:hover, .zv-report-open:focus-visible { color: var(--zv-accent); }
.zv-report { border: 0; margin: 0.35rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem; align-items: center; }
.zv-report legend { font-size: 0.75rem; color: var(--zv-muted); margin-bottom: 0.2rem; }
.zv-reason { font: inherit; font-size: 0.75rem; border: 1px solid var(--zv-border); background: var(--zv-bg); color: var(--zv-fg);
  border-radius: 999px; padding: 0.1rem 0.55rem; cursor: pointer; }
.zv-reason:hover, .zv-reason:focus-visible { border-color: var(--zv-accent); color: var(--zv-accent); }
.zv-report-done { font-size: 0.8rem; }
.zv-report-comment { display: flex; flex-direction: column; gap: 0.25rem; width: 100%; margin-top: 0.3rem; font-size: 0.75rem; }
.zv-report-comment textarea { font: inherit; color: var(--zv-fg); background: var(--zv-bg); border: 1px solid var(--zv-border);
  border-radius: 0.3rem; padding: 0.25rem; width: 100%; box-sizing: border-box; }
.zv-link { font: inherit; border: 0; background: none; color: var(--zv-accent); cursor: pointer; padding: 0.1rem 0.2rem; text-decoration: underline; }
`;

/**
 * UI_CSS for a shadow root inside a web page, where `rem` means the page's root font size (a page
 * with `html { font-size: 62.5% }` would shrink the card to 10 px text). Every rem becomes pixels of
 * `basePx`: the reader's default font size, which the host reads from its own `font-size: medium`.
 */
export function shadowCss(basePx: number): string {
  const base = Number.isFinite(basePx) && basePx > 0 ? basePx : 16;
  return UI_CSS.replace(/(\d*\.?\d+)rem\b/g, (_, n: string) => `${+(Number(n) * base).toFixed(3)}px`);
}
