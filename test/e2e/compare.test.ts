// The comparison drawer in a real browser: the three products side by side, a changed control set
// against the shipped defaults, and the friction chart with one point per engine preset, computed
// in the worker while the page stays responsive. Screenshots at both target sizes.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { openPage } from './page.ts';
import { PRODUCT_IDS } from '../../src/sim/core/ids.ts';
import { DEFAULT_PANES } from '../../src/app/productInfo.ts';
import { presetsFor } from '../../src/sim/profile/presets.ts';
import { SCENARIOS } from '../../src/sim/scenarios/index.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const presetCount = PRODUCT_IDS.reduce((n, p) => n + Object.keys(presetsFor(p)).length, 0);

async function openCompare(page: Page) {
  for (const p of DEFAULT_PANES) await page.getByTestId(`outcome-${p}`).waitFor();
  await page.getByTestId('compare-drawer').locator('summary').click();
  for (const p of PRODUCT_IDS) await page.getByTestId(`compare-${p}`).waitFor();
}

/** Nothing sticks out sideways, and the drawer fits the viewport width. */
async function layoutFits(page: Page) {
  return page.evaluate(() => {
    const drawer = document.querySelector('[data-testid="compare-panel"]')?.getBoundingClientRect();
    return document.documentElement.scrollWidth <= window.innerWidth && drawer !== undefined && drawer.right <= window.innerWidth && drawer.width > 600;
  });
}

describe('compare drawer', () => {
  it('shows the three products and what a changed control does against the shipped defaults', async () => {
    // The keys out of reach and the escape hatch closed (curl run unsandboxed would open the file itself):
    // the worst-case attacker finds no way out, where the shipped settings let git push through.
    const { page, errors, close } = await openPage(browser, `${inject('baseURL')}/#incident=phished-prompt&claude-code.sandbox.allowUnsandboxedCommands=off&claude-code.permissions.deny=${encodeURIComponent('Read(~/.aws/**)')}`);
    await openCompare(page);
    await expect.poll(() => page.getByTestId('compare-delta-claude-code').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId('compare-verdict-claude-code').textContent()).toBe('contained');
    expect(await page.getByTestId('compare-verdict-cowork').textContent()).toBe('contained');
    expect(await page.getByTestId('compare-changes-claude-code').textContent()).toContain('Deny rules');
    // The learner's bar is the pane's own realized score; the defaults' one comes from a second run.
    const mine = await page.getByTestId('compare-realized-claude-code').textContent();
    expect(mine).toBe(await page.getByTestId('blast-score-claude-code').textContent());
    const shipped = await page.getByTestId('compare-default-realized-claude-code').textContent();
    // The two runs differ (under the shipped settings the keys leave by git push).
    expect(Number(shipped)).not.toBe(Number(mine));
    expect(await page.getByTestId('compare-delta-claude-code').textContent()).toContain('verdict changed');
    // Reachable is drawn with its open part inside it, in numbers too.
    const split = await page.getByTestId('compare-reachable-claude-code-split').textContent();
    const [, open, prompt] = /open (\d+) \+ behind a prompt (\d+)/.exec(split ?? '') ?? [];
    expect(Number(open) + Number(prompt)).toBe(Number(await page.getByTestId('compare-reachable-claude-code').textContent()));
    expect(await page.getByTestId('compare-changes-cowork').count()).toBe(0);
    expect(await layoutFits(page)).toBe(true);
    await page.screenshot({ path: 'test-results/compare-products-1280x720.png' });
    // The panes stay reachable below the comparison; clearing the deny rule and reopening the hatch clears the difference.
    await page.getByTestId('pane-claude-code-tab-controls').scrollIntoViewIfNeeded();
    expect(await page.getByTestId('pane-claude-code').isVisible()).toBe(true);
    await page.getByTestId('pane-claude-code-tab-controls').click();
    const deny = page.getByTestId('control-claude-code.permissions.deny').locator('textarea');
    await deny.fill('');
    await deny.blur();
    await page.getByTestId('control-claude-code.sandbox.allowUnsandboxedCommands').check();
    await expect.poll(() => page.getByTestId('compare-verdict-claude-code').textContent(), { timeout: 30_000 }).toBe('not contained');
    await expect.poll(() => page.getByTestId('compare-changes-claude-code').count(), { timeout: 30_000 }).toBe(0);
    expect(await page.getByTestId('compare-changes-claude-code').count()).toBe(0);
    expect(await page.getByTestId('compare-realized-claude-code').textContent()).toBe(shipped);
    expect(errors).toEqual([]);
    await close();
  });

  it('charts one point per preset per product, on one incident and over the catalog, without freezing the page', async () => {
    const { page, errors, close } = await openPage(browser, `${inject('baseURL')}/#incident=phished-prompt&claude-code.sandbox.enabled=false`);
    await openCompare(page);
    await page.getByTestId('compare-tab-friction').click();
    const points = page.getByTestId('friction-chart-realized').locator('[data-point]:not([data-current])');
    // Every preset in the worst case, each technique tried: seconds, not a frozen page.
    await expect.poll(() => points.count(), { timeout: 60_000 }).toBe(presetCount);
    // "Your settings" are the panes on screen.
    expect(await page.getByTestId('friction-chart-realized').locator('[data-point][data-current]').count()).toBe(DEFAULT_PANES.length);
    expect(await page.getByTestId('friction-chart-reachable').locator('[data-point]:not([data-current])').count()).toBe(presetCount);
    expect(await page.getByTestId('friction-summary').textContent()).toContain('Your settings:');
    await page.getByTestId('friction-summary').scrollIntoViewIfNeeded();
    expect(await layoutFits(page)).toBe(true);
    await page.screenshot({ path: 'test-results/compare-chart-1280x720.png' });

    // Over the whole catalog, timing the batch and watching the main thread meanwhile: a 10 ms
    // interval records its largest gap between ticks (long-task entries are not reported here).
    type Probe = { maxGap: number; last: number };
    await page.evaluate(() => {
      const w = window as unknown as { probe: Probe };
      w.probe = { maxGap: 0, last: performance.now() };
      setInterval(() => { const now = performance.now(); w.probe.maxGap = Math.max(w.probe.maxGap, now - w.probe.last); w.probe.last = now; }, 10);
    });
    const maxGap = () => page.evaluate(() => (window as unknown as { probe: Probe }).probe.maxGap);
    // The probe must notice a blocked thread at all, or the check below would pass vacuously.
    await page.evaluate(() => { const t = performance.now(); while (performance.now() - t < 120) { /* busy */ } });
    await expect.poll(maxGap).toBeGreaterThanOrEqual(120);
    await page.evaluate(() => { const w = window as unknown as { probe: Probe }; w.probe.maxGap = 0; w.probe.last = performance.now(); });
    const started = Date.now();
    await page.getByTestId('fc-scope-catalog').check();
    await expect.poll(() => page.getByTestId('friction-chart').textContent(), { timeout: 150_000 }).toContain(`over ${SCENARIOS.length} incidents`);
    const elapsed = Date.now() - started;
    const gap = await maxGap();
    console.log(`catalog sweep: ${(presetCount + PRODUCT_IDS.length) * SCENARIOS.length} runs in ${elapsed} ms; longest main-thread gap ${Math.round(gap)} ms`);
    expect(await points.count()).toBe(presetCount);
    expect(gap).toBeLessThan(100);
    await page.getByTestId('friction-summary').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/compare-catalog-1280x720.png' });
    expect(errors).toEqual([]);
    await close();
  }, 240_000);

  it('a control change re-runs its pane while a catalog sweep is still running', async () => {
    const { page, errors, close } = await openPage(browser, `${inject('baseURL')}/#incident=phished-prompt`, { width: 1920, height: 1080 });
    await openCompare(page);
    await page.getByTestId('compare-tab-friction').click();
    await page.getByTestId('fc-scope-catalog').check();
    await page.locator('.fc-progress').waitFor();
    await page.getByTestId('pane-claude-code-tab-controls').click();
    const started = Date.now();
    const deny = page.getByTestId('control-claude-code.permissions.deny').locator('textarea');
    await deny.fill('Read(~/.aws/**)');
    await deny.blur();
    await page.getByTestId('control-claude-code.sandbox.allowUnsandboxedCommands').uncheck();
    await expect.poll(() => page.getByTestId('outcome-claude-code').textContent(), { timeout: 10_000 }).toBe('contained');
    const paneMs = Date.now() - started;
    const sweepStillRunning = await page.locator('.fc-progress').count();
    console.log(`pane re-run during a catalog sweep: ${paneMs} ms (sweep still running: ${sweepStillRunning === 1})`);
    expect(sweepStillRunning).toBe(1);
    await expect.poll(() => page.getByTestId('fc-recompute').count(), { timeout: 150_000 }).toBe(1);
    expect(errors).toEqual([]);
    await close();
  }, 240_000);

  it('fits a 1920x1080 screen with the panes still shown', async () => {
    const { page, errors, close } = await openPage(browser, `${inject('baseURL')}/#incident=approved-domain-exfil&cowork.apiProxy.enabled=off`, { width: 1920, height: 1080 });
    await openCompare(page);
    await expect.poll(() => page.getByTestId('compare-delta-cowork').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByTestId('pane-cowork').isVisible()).toBe(true);
    expect(await layoutFits(page)).toBe(true);
    await page.screenshot({ path: 'test-results/compare-products-1920x1080.png' });
    await page.getByTestId('compare-tab-friction').click();
    await expect.poll(() => page.getByTestId('friction-chart-realized').locator('[data-point]:not([data-current])').count(), { timeout: 15_000 }).toBe(presetCount);
    await page.screenshot({ path: 'test-results/compare-chart-1920x1080.png' });
    expect(errors).toEqual([]);
    await close();
  });
});
