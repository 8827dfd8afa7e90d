// Figures measured in real Chromium against the production build: first render, the time from a
// control change to the repainted verdict, and whether the main thread stays free during Monte Carlo.
import { preview } from 'vite';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/browser.ts';

interface Row {
  name: string;
  value: number;
  unit: string;
  budget?: string;
}

const round = (n: number) => Math.round(n * 10) / 10;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/** Clicks/changes something and resolves when every listed pane has finished a new run and painted. */
async function timeRepaint(page: Page, products: string[], act: () => Promise<void>): Promise<number> {
  await page.evaluate((ps) => {
    const w = window as unknown as { __bench: { t0: number; runs: Record<string, number> } };
    w.__bench = { t0: performance.now(), runs: Object.fromEntries(ps.map((p) => [p, Number(document.querySelector(`[data-testid="pane-${p}"]`)?.getAttribute('data-runs'))])) };
  }, products);
  await act();
  return page.evaluate(
    (ps) =>
      new Promise<number>((resolve) => {
        const w = window as unknown as { __bench: { t0: number; runs: Record<string, number> } };
        const check = () => {
          const done = ps.every((p) => {
            const el = document.querySelector(`[data-testid="pane-${p}"]`);
            return el?.getAttribute('aria-busy') === 'false' && Number(el.getAttribute('data-runs')) > (w.__bench.runs[p] ?? 0);
          });
          // One more frame after the DOM is updated: that frame is the repaint.
          if (done) requestAnimationFrame(() => resolve(performance.now() - w.__bench.t0));
          else requestAnimationFrame(check);
        };
        check();
      }),
    products,
  );
}

export async function benchBrowser(): Promise<Row[]> {
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no preview address');
  const base = `http://127.0.0.1:${address.port}`;
  const browser = await launchBrowser();
  const rows: Row[] = [];
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
    const toggle = page.getByTestId('control-claude-code.sandbox.enabled');
    for (let i = 0; i < 30; i++) single.push(await timeRepaint(page, ['claude-code'], () => toggle.click()));
    const worst = page.getByTestId('worst-case');
    for (let i = 0; i < 20; i++) {
      const next = i % 2 === 0 ? 'sampled' : 'worst';
      all.push(await timeRepaint(page, ['claude-ai', 'claude-code', 'cowork'], async () => { await worst.selectOption(next); }));
    }
    rows.push({ name: 'control change -> pane repainted, p50', value: round(percentile(single, 50)), unit: 'ms' });
    rows.push({ name: 'control change -> pane repainted, p95', value: round(percentile(single, 95)), unit: 'ms', budget: '< 100 ms' });
    rows.push({ name: 'change -> all three panes repainted, p95', value: round(percentile(all, 95)), unit: 'ms', budget: '< 100 ms' });

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
    rows.push({ name: '1,000-seed Monte Carlo x 3 products (worker)', value: mcMs, unit: 'ms', budget: '< 3000 ms' });
    rows.push({ name: 'longest main-thread task during it', value: round(longest), unit: 'ms', budget: '<= 50 ms' });
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
