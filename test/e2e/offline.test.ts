import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { openPage } from './page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline workshop use', () => {
  it('serves the whole app from the service worker once loaded, with the network gone', async () => {
    const { page, context, errors, close } = await openPage(browser, inject('baseURL'));
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url().replace(inject('baseURL'), '')} (${r.failure()?.errorText ?? '?'}, from service worker: ${r.serviceWorker() !== null})`));
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The first load registered the worker; the next one is controlled by it.
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await context.setOffline(true);
    await page.reload();
    // Generous: on a loaded CI machine the worker answers the cached page slowly. When it does fail,
    // say what the page showed instead of only timing out.
    await page.getByTestId('pane-cowork').waitFor({ timeout: 60_000 }).catch(async (error: unknown) => {
      const shown = await page.evaluate(() => `${document.title}: ${document.body.innerText.slice(0, 300)}`).catch((e: unknown) => String(e));
      throw new Error(`offline reload did not render the panes (${String(error)}); page: ${shown}; console: ${errors.join(' | ')}; failed requests: ${failed.join(', ')}`);
    });
    await expect.poll(() => page.getByTestId('engine-status').textContent()).toMatch(/Web Worker/);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    expect(errors, `failed requests: ${failed.join(', ')}`).toEqual([]);
    await close();
  }, 120_000);
});
