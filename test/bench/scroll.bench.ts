// "Hundreds of claims must not slow scrolling" (issue #6), measured in Chromium with the production
// build: a long Korrespondent-style article with a few hundred claims is loaded with Zvirka, then
// scrolled top to bottom one step per animation frame, twice: with its highlights, and after the
// highlights are cleared (same page, same layout). Printed per condition: frames, median and p95
// frame interval, and main-thread busy time per frame (CDP Performance.getMetrics TaskDuration,
// which includes style, layout and paint of the highlights). The ratio is the cost of highlighting.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../server/fixture-server.mjs';
import { launchChromium } from '../e2e/browsers';
import { highlightCount, seedPage } from '../e2e/pages';
import { median, quantile } from './stats';

/** Paragraphs in the generated article (two claims each). */
const PARAGRAPHS = 160;
/** Animation frames per scroll pass, and pixels scrolled per frame. */
const FRAMES = 240;
const STEP_PX = 80;
/** Scroll passes per condition (the median pass is reported). */
const PASSES = 5;

const SPEAKERS = ['Генеральний секретар НАТО Марко Рютте', 'Президент Володимир Зеленський', 'Речник Кремля Дмитро Пєсков', 'Глава МЗС Китаю Ван І', 'Держсекретар США Ентоні Блінкен'];
const TOPICS = ['постачання дронів до Росії', 'підготовку російських військових', 'нові санкції проти Ірану', 'спільні навчання у Тихому океані', 'переговори щодо зернового коридору'];

/** A long article body: claims of several kinds, each with distinct numbers, all in one outlet's markup. */
function longArticle(): string {
  const out: string[] = [];
  for (let i = 0; i < PARAGRAPHS; i++) {
    const who = SPEAKERS[i % SPEAKERS.length]!;
    const topic = TOPICS[(i * 3) % TOPICS.length]!;
    out.push(
      `<p>${who} заявив, що розмова про ${topic} триватиме щонайменше ${i + 3} тижнів. ` +
        `За даними агентства Reuters, у ${2000 + (i % 25)} році Китай передав Росії ${100 + i * 7} одиниць техніки.</p>`,
    );
  }
  return out.join('\n');
}

/** Runs in the page: one scroll pass from the top, a step per frame; frame intervals in ms. */
async function scrollPass([frames, step]: readonly [number, number]): Promise<number[]> {
  window.scrollTo(0, 0);
  const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
  let last = await frame();
  const gaps: number[] = [];
  for (let i = 0; i < frames; i++) {
    window.scrollBy(0, step);
    const now = await frame();
    gaps.push(now - last);
    last = now;
  }
  return gaps;
}

const p95 = (xs: number[]) => quantile(xs, 0.95);

/** Median over passes of: frame interval median / p95, and main-thread ms per frame. */
async function measure(page: Page): Promise<{ median: number; p95: number; busy: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
  const passes: { median: number; p95: number; busy: number }[] = [];
  for (let i = 0; i < PASSES; i++) {
    const before = await taskSeconds();
    const gaps = await page.evaluate(scrollPass, [FRAMES, STEP_PX] as const);
    const busy = ((await taskSeconds()) - before) * 1000;
    passes.push({ median: median(gaps), p95: p95(gaps), busy: busy / FRAMES });
  }
  await cdp.detach();
  return { median: median(passes.map((p) => p.median)), p95: median(passes.map((p) => p.p95)), busy: median(passes.map((p) => p.busy)) };
}

export async function run(): Promise<void> {
  const server = await startFixtureServer();
  const seed = seedPage(server);
  const url = `${seed.url}?variant=long`;
  const html = readFileSync(seed.file, 'utf8').replace('<div class="post-item__text">', `<div class="post-item__text">\n${longArticle()}`);
  server.route(url, html);
  const session = await launchChromium(server, { dist: join(process.cwd(), 'dist', 'chrome') });
  try {
    const page = await session.context.newPage();
    await page.goto(url);
    // At least one highlighted claim per generated paragraph before measuring.
    const deadline = Date.now() + 60_000;
    let claims = await page.evaluate(highlightCount);
    while (claims < PARAGRAPHS) {
      if (Date.now() > deadline) throw new Error(`only ${claims} highlighted claims after 60 s (expected at least ${PARAGRAPHS})`);
      await page.waitForTimeout(200);
      claims = await page.evaluate(highlightCount);
    }
    const lit = await measure(page);
    await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.clear());
    const bare = await measure(page);
    console.log(`scrolling a long article with ${claims} highlighted claims, Chromium (${PASSES} passes of ${FRAMES} frames, ${STEP_PX} px per frame; medians)`);
    console.log('condition'.padEnd(22), 'frame median'.padStart(13), 'frame p95'.padStart(10), 'main thread/frame'.padStart(18));
    for (const [name, m] of [['with highlights', lit], ['highlights cleared', bare]] as const) {
      console.log(name.padEnd(22), `${m.median.toFixed(1)} ms`.padStart(13), `${m.p95.toFixed(1)} ms`.padStart(10), `${m.busy.toFixed(2)} ms`.padStart(18));
    }
    console.log(`ratio (with / without): frame p95 ${(lit.p95 / bare.p95).toFixed(2)}x, main thread ${(lit.busy / bare.busy).toFixed(2)}x`);
  } finally {
    await session.close();
    await server.close();
  }
}
