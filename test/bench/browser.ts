// Figures measured in real Chromium against the production build: first render, the time from a
// control change to the repainted verdict, and whether the main thread stays free during Monte Carlo.
import { preview } from 'vite';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/browser.ts';

import type { Row, SuiteResult } from './run.ts';

const round = (n: number) => Math.round(n * 10) / 10;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/** What the learner does, performed inside the page so the clock starts at the input event itself. */
type InPageAction = { click: string } | { select: string; value: string };

/**
 * Performs the action in the page and resolves when every listed pane has finished a new run and
 * painted. The clock starts in the page right before the DOM event, so Playwright's own round trip
 * and actionability checks are not counted.
 */
async function timeRepaint(page: Page, products: string[], action: InPageAction): Promise<number> {
  return page.evaluate(
    ({ ps, action }) =>
      new Promise<number>((resolve) => {
        const runsOf = (p: string) => Number(document.querySelector(`[data-testid="pane-${p}"]`)?.getAttribute('data-runs'));
        const before = Object.fromEntries(ps.map((p) => [p, runsOf(p)]));
        const t0 = performance.now();
        if ('click' in action) (document.querySelector(action.click) as HTMLElement).click();
        else {
          const select = document.querySelector(action.select) as HTMLSelectElement;
          select.value = action.value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
        const check = () => {
          const done = ps.every((p) => document.querySelector(`[data-testid="pane-${p}"]`)?.getAttribute('aria-busy') === 'false' && runsOf(p) > (before[p] ?? 0));
          // One more frame after the DOM is updated: that frame is the repaint.
          if (done) requestAnimationFrame(() => resolve(performance.now() - t0));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { ps: products, action },
  );
}

export async function benchBrowser(): Promise<SuiteResult> {
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no preview address');
  const base = `http://127.0.0.1:${address.port}`;
  const browser = await launchBrowser();
  const rows: Row[] = [];
  const figures: SuiteResult['figures'] = { extra: {} };
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    // tsx compiles with keepNames, so functions handed to page.evaluate call esbuild's __name helper.
    await context.addInitScript('globalThis.__name = (f) => f;');
    const page = await context.newPage();
    await page.goto(base);
    await page.getByTestId('pane-cowork').waitFor();
    await page.getByTestId('engine-status').filter({ hasText: 'Web Worker' }).waitFor();
    const paint = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { fcp, domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN };
    });
    const ready = await page.evaluate(() => performance.now());
    rows.push({ name: 'first contentful paint', value: round(paint.fcp), unit: 'ms' });
    rows.push({ name: 'engine worker ready (incl. catalog)', value: round(ready), unit: 'ms' });

    await page.getByTestId('scenario-select').selectOption('phished-prompt');
    await page.getByTestId('outcome-cowork').waitFor();

    // One control: only its pane re-runs. Three panes: the model-layer switch re-runs all of them.
    const single: number[] = [];
    const all: number[] = [];
    await page.getByTestId('pane-claude-code-tab-controls').click();
    await page.getByTestId('control-claude-code.sandbox.enabled').waitFor();
    for (let i = 0; i < 30; i++) single.push(await timeRepaint(page, ['claude-code'], { click: '[data-testid="control-claude-code.sandbox.enabled"]' }));
    for (let i = 0; i < 20; i++) {
      const value = i % 2 === 0 ? 'sampled' : 'worst';
      all.push(await timeRepaint(page, ['claude-ai', 'claude-code', 'cowork'], { select: '[data-testid="worst-case"]', value }));
    }
    rows.push({ name: 'control change -> pane repainted, p50', value: round(percentile(single, 50)), unit: 'ms' });
    rows.push({ name: 'control change -> pane repainted, p95', value: round(percentile(single, 95)), unit: 'ms', budget: '< 50 ms' });
    rows.push({ name: 'change -> all three panes repainted, p95', value: round(percentile(all, 95)), unit: 'ms', budget: '< 50 ms' });
    figures.repaintOnePaneP95Ms = round(percentile(single, 95));
    figures.repaintAllPanesP95Ms = round(percentile(all, 95));

    // Monte Carlo in the worker: wall time and the longest main-thread task meanwhile.
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    await page.getByTestId('worst-case').selectOption('sampled');
    await page.getByTestId('mc-drawer').locator('summary').click();
    await page.getByTestId('mc-drawer').locator('select').selectOption('1000');
    const t0 = Date.now();
    await page.getByTestId('mc-run').click();
    for (const p of ['claude-ai', 'claude-code', 'cowork']) await page.getByTestId(`mc-harm-${p}`).waitFor({ timeout: 120_000 });
    const mcMs = Date.now() - t0;
    const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    rows.push({ name: '1,000-seed Monte Carlo x 3 products (worker)', value: mcMs, unit: 'ms', budget: '< 1000 ms' });
    if (figures.extra) figures.extra.monteCarloWorkerMs = mcMs;
    rows.push({ name: 'longest main-thread task during it', value: round(longest), unit: 'ms', budget: '<= 50 ms' });
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return { rows, figures };
}
