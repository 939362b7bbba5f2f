/** The statistics and timing the benchmarks share (node and the browser bench page alike). */

/** The q-quantile of `xs` (0.5: the median, the upper middle of an even count); `xs` is not changed. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))]!;
}

/** The median of `xs` (the upper middle of an even count). */
export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

/** Wall and CPU milliseconds of one call in node (CPU time counts this process's threads). */
export function timeCall(fn: () => void): { wall: number; cpu: number } {
  const c = process.cpuUsage();
  const t = performance.now();
  fn();
  const wall = performance.now() - t;
  const d = process.cpuUsage(c);
  return { wall, cpu: (d.user + d.system) / 1000 };
}
