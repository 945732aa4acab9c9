/**
 * axe-core (the npm package, run inside the page) over a page in Chromium: the WCAG 2.1 A and AA rules,
 * answering the violations of serious or critical impact, and whether the page is wider than its window
 * (horizontal overflow, at 390 px the width of a phone).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** The serious and critical WCAG 2.1 AA violations of the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeProblem[]> {
  // Evaluated over the debugging protocol: the page's Content-Security-Policy (script-src 'self') stays as served.
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** How many pixels the document is wider than the window (0: no horizontal scrolling). */
export async function overflowX(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));
}

/** axe-core on the page as it stands (no serious or critical violation) and no horizontal overflow at its width. */
export async function assertAccessible(page: Page, what: string): Promise<void> {
  const v = await seriousViolations(page);
  assert.deepEqual(v, [], `${what}: ${JSON.stringify(v, null, 1)}`);
  assert.equal(await overflowX(page), 0, `${what}: no horizontal overflow at ${page.viewportSize()?.width} px`);
}
