/** axe-core in a page of either browser driver (playwright-core's Page or puppeteer-core's Page). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The part of a driver's Page that axe needs: evaluating a script, and a function with one argument. */
interface Evaluates {
  evaluate(script: string): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/**
 * Serious and critical axe violations in `include` (a selector; the whole document when absent),
 * as "rule: targets" lines. The drivers evaluate outside the page's CSP, so extension pages work too.
 */
export async function axeViolations(page: Evaluates, include?: string): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (sel: string | null) => {
    type Violation = { id: string; impact: string; nodes: { target: unknown }[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const { violations } = await axe.run(sel ? { include: [[sel]] } : document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, include ?? null);
}
