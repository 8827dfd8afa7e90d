// Opens a page and records every console error and uncaught exception, so a test can assert that
// the app ran cleanly.
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface TrackedPage {
  page: Page;
  context: BrowserContext;
  errors: string[];
  close(): Promise<void>;
}

export async function openPage(browser: Browser, url: string, viewport = { width: 1280, height: 720 }): Promise<TrackedPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  await page.goto(url);
  return { page, context, errors, close: () => context.close() };
}
