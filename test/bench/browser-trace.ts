// The content script's own main-thread work in one page load, read from a Chromium trace (CDP
// Tracing): its evaluations (compile + top-level run, the `EvaluateScript` events of content.js and
// of engine.js, which the background injects; performance marks cannot see them), and the tasks that
// ran its code: the evaluations' tasks and the tasks holding its `zvirka:*` performance marks
// (extraction; anchoring, highlighting and controller setup).
// Also the thread (CPU) time between the stage marks, from the marks' thread timestamps: on a busy
// machine the renderer waits for a core, and a mark's wall-clock measure counts that wait too.
// Traced categories: DevTools' timeline (tasks, script evaluation) and user timing (the marks).
import type { CDPSession } from 'playwright-core';

const CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing';
/** Marks that open and close a stretch of the content script's main-thread work (page-run.ts). */
const STAGE_MARKS = ['zvirka:start', 'zvirka:detected'];
/** The marks around each stage (page-run.ts): extraction, then anchoring and highlighting. */
const EXTRACT = ['zvirka:start', 'zvirka:extracted'] as const;
const HIGHLIGHT = ['zvirka:detected', 'zvirka:end'] as const;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread clock (µs), on events that carry one (user timing marks do). */
  tts?: number;
  /** Thread duration (µs) of a complete event. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

/** What one load cost the main thread, in ms (-1 when the trace holds no such event). */
export interface LoadCost {
  /** Compile + top-level run of content.js and engine.js, together. */
  evaluate: number;
  /** The longest task holding content-script work (evaluation or a marked stage). */
  longestOwnTask: number;
  /** The CPU (thread) time of that task. */
  longestOwnTaskCpu: number;
  /** The longest task on the page's main thread during the load, whoever ran it. */
  longestTask: number;
  /** Thread (CPU) time of the evaluation. */
  evaluateCpu: number;
  /** Thread (CPU) time of extraction and of anchoring + highlighting, between their marks. */
  extractCpu: number;
  highlightCpu: number;
}

/** Starts tracing on `page`; the returned function stops it and reads the content script's costs. */
export async function traceLoad(cdp: CDPSession, extensionId: string): Promise<() => Promise<LoadCost>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    // The content script's two evaluations: content.js at document_idle, engine.js when injected.
    const scripts = ['content.js', 'engine.js'].map((f) => `chrome-extension://${extensionId}/${f}`);
    const evals = events.filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && scripts.includes(e.args?.data?.url ?? ''));
    const ev = evals[0];
    if (!ev) return { evaluate: -1, evaluateCpu: -1, longestOwnTask: -1, longestOwnTaskCpu: -1, longestTask: -1, extractCpu: -1, highlightCpu: -1 };
    // The renderer main thread is the one that evaluated the content script.
    const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === ev.pid && e.tid === ev.tid && e.dur !== undefined);
    const marks = events.filter((e) => STAGE_MARKS.includes(e.name) && e.pid === ev.pid);
    const holding = (ts: number) => tasks.filter((t) => t.ts <= ts && ts <= t.ts + t.dur!);
    const own = new Set([...evals.flatMap((e) => holding(e.ts)), ...marks.flatMap((m) => holding(m.ts))]);
    const ms = (us: number) => us / 1000;
    const longest = [...own].sort((a, b) => b.dur! - a.dur!)[0];
    // The page's own marks: the last of each name (one tab, one run of the content script).
    const mark = (name: string) => events.filter((e) => e.name === name && e.ph === 'I' && e.pid === ev.pid && e.tts !== undefined).at(-1)?.tts;
    const cpu = ([from, to]: readonly [string, string]) => {
      const a = mark(from);
      const b = mark(to);
      return a !== undefined && b !== undefined ? ms(b - a) : -1;
    };
    return {
      evaluate: ms(evals.reduce((n, e) => n + (e.dur ?? 0), 0)),
      evaluateCpu: ms(evals.reduce((n, e) => n + (e.tdur ?? 0), 0)),
      longestOwnTask: ms(longest?.dur ?? 0),
      longestOwnTaskCpu: ms(longest?.tdur ?? 0),
      longestTask: ms(Math.max(0, ...tasks.map((t) => t.dur!))),
      extractCpu: cpu(EXTRACT),
      highlightCpu: cpu(HIGHLIGHT),
    };
  };
}
