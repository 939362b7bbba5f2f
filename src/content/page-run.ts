/**
 * One page's analysis, on the engine side (engine.js): extract the article from the live DOM, have
 * the background detect its claims, anchor and highlight them, hand the reader a page controller, then
 * index the page as evidence and give the claims their links. The content script's entry (index.ts)
 * decides whether to run it at all and owns the messaging; every step here is contained by its caller.
 */
import type { ContentToBackground } from '../shared/protocol';
import type { CardFactory } from './card-loader';
import { PageController, type Reporter } from './controller';
import { Highlighter, customHighlightSink } from './highlight';
import { overlaySink } from './overlay';
import { anchorClaims, extractLive } from './pipeline';
import { pageSettled } from './settle';
import { toView } from './views';

/** What the content script's entry gives a page's analysis. */
export interface PageEnv {
  doc: Document;
  win: Window;
  url: string;
  bg: ContentToBackground;
  cards: CardFactory;
  log: (msg: string, err?: unknown) => void;
  /** Shows the reader a message (notice.ts); returns what takes it down. */
  notify: (text: string) => () => void;
  /** The controller, as soon as the highlights are up (the popup may ask it to focus a claim). */
  onController: (controller: PageController) => void;
  /** Test build only: where the analysis got to. */
  testStatus: (status: 'ready' | 'skipped') => void;
}

/** Analyses the page; resolves when its claims have their links (or it turned out not to be an article). */
export async function runPage(env: PageEnv): Promise<void> {
  const { doc, url, bg } = env;
  // Extraction starts in an idle period of the page's main thread (capped: settle.ts).
  await pageSettled(env.win);
  // Main-thread work is measured in two parts around the worker's detection (which runs off-thread).
  performance.mark('zvirka:start');
  const live = extractLive(doc, url);
  performance.mark('zvirka:extracted');
  if ('notArticle' in live) {
    await bg.pageSkipped(url, { notArticle: live.reason });
    env.testStatus('skipped');
    return;
  }
  const { article } = live;
  const { claims, names } = await bg.detectClaims(article);
  performance.mark('zvirka:detected');
  const ranges = anchorClaims(doc, live, claims);
  // Claims that could not be placed exactly are neither highlighted nor given links.
  const anchored = claims.filter((c) => ranges.has(c.id));
  const views = anchored.map((c) => toView(c, [], (id) => names[id]));
  const CSSx = globalThis.CSS as unknown as { highlights?: Map<string, unknown> };
  const sink = customHighlightSink(CSSx.highlights, (globalThis as unknown as { Highlight?: never }).Highlight) ?? overlaySink(doc);
  const highlighter = new Highlighter(sink);
  highlighter.setAll(views.map((v) => [v.id, ranges.get(v.id)!, v.state] as const));
  const reporter: Reporter = {
    report: (input) => bg.reportMismatch(input),
    comment: (id, text) => bg.commentReport(id, text),
    undo: (id) => bg.undoReport(id),
  };
  const controller = new PageController(doc, views, highlighter, env.cards, reporter, env.log, env.notify);
  env.onController(controller);
  performance.mark('zvirka:end');
  const extractMs = performance.measure('zvirka:extract', 'zvirka:start', 'zvirka:extracted').duration;
  const anchorMs = performance.measure('zvirka:highlight', 'zvirka:detected', 'zvirka:end').duration;
  const duration = extractMs + anchorMs;
  performance.measure('zvirka:until-highlights', 'zvirka:start', 'zvirka:end');
  const report = () => ({
    url,
    title: article.title,
    outlet: article.outlet,
    lang: article.lang,
    adapter: article.adapter,
    claims: controller.currentViews(),
    elapsedMs: Math.round(duration * 10) / 10,
  });
  await bg.pageAnalyzed(report());
  // Evidence: the page joins the reader's index (its in-body links are queued), then its claims get
  // their links; highlights, card, popup and badge follow.
  const page = { url, canonicalUrl: article.canonicalUrl, published: article.published, outlet: article.outlet };
  await bg.pageArticle(article).catch((e: unknown) => env.log('could not index the page', e));
  const links = await bg.linksFor(page, anchored);
  if (controller.isDestroyed) return;
  for (const [id, list] of Object.entries(links)) controller.setLinks(id, list);
  if (Object.keys(links).length) await bg.pageAnalyzed(report());
  env.testStatus('ready');
}
