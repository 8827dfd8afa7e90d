import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { openPage } from './page.ts';

const PANES = ['claude-ai', 'claude-code', 'cowork'] as const;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('app shell (built app, real Chromium)', () => {
  it('renders the three product panes side by side at 1280x720 with a clean console', async () => {
    const { page, errors, close } = await openPage(browser, inject('baseURL'));
    for (const id of PANES) await page.getByTestId(`pane-${id}`).waitFor();

    const boxes = await Promise.all(PANES.map((id) => page.getByTestId(`pane-${id}`).boundingBox()));
    const [a, b, c] = boxes.map((box) => {
      if (!box) throw new Error('pane has no box');
      return box;
    }) as [NonNullable<(typeof boxes)[0]>, NonNullable<(typeof boxes)[0]>, NonNullable<(typeof boxes)[0]>];
    // Side by side: same row, left to right, none overflowing the viewport.
    expect(Math.abs(a.y - b.y)).toBeLessThan(2);
    expect(Math.abs(b.y - c.y)).toBeLessThan(2);
    expect(a.x).toBeLessThan(b.x);
    expect(b.x).toBeLessThan(c.x);
    expect(c.x + c.width).toBeLessThanOrEqual(1280);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(1280);

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/shell-1280x720.png' });
    expect(errors).toEqual([]);
    await close();
  });

  it('round-trips a typed request through the engine Web Worker', async () => {
    const { page, errors, close } = await openPage(browser, inject('baseURL'));
    const status = page.getByTestId('engine-status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/Engine v\d+ in Web Worker/);
    expect(errors).toEqual([]);
    await close();
  });

  it('stacks the panes on a narrow screen', async () => {
    const { page, close } = await openPage(browser, inject('baseURL'), { width: 800, height: 900 });
    const a = await page.getByTestId('pane-claude-ai').boundingBox();
    const b = await page.getByTestId('pane-claude-code').boundingBox();
    expect(a && b && b.y > a.y + a.height - 1).toBe(true);
    await page.screenshot({ path: 'test-results/shell-800-narrow.png', fullPage: true });
    await close();
  });

  it('after a failed WebContainer boot, the header at 1280 keeps one line and its whole short status', async () => {
    const { page, close } = await openPage(browser, 'about:blank');
    // No route to WebContainer's servers: the boot fails (or times out) and the page says so.
    await page.route(/stackblitz|webcontainer/, (route) => route.abort());
    await page.goto(`${inject('baseURL')}/#incident=phished-prompt`);
    await page.getByTestId('pane-claude-code-tab-terminal').click();
    await expect.poll(() => page.getByTestId('workspace-status').getAttribute('data-state'), { timeout: 20_000 }).toBe('failed');
    const header = await page.evaluate(() => {
      const bar = document.querySelector('.app-header') as HTMLElement;
      const shown = document.querySelector('.app-header .workspace-status > span') as HTMLElement;
      return {
        height: bar.getBoundingClientRect().height,
        overflow: bar.scrollWidth - bar.clientWidth,
        cut: shown.scrollWidth - shown.clientWidth,
      };
    });
    expect(header.overflow).toBe(0);
    expect(header.cut).toBe(0);
    expect(header.height).toBeLessThan(60);
    await page.screenshot({ path: 'test-results/header-failed-boot-1280.png', clip: { x: 0, y: 0, width: 1280, height: 60 } });
    await close();
  });
});
