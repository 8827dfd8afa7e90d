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

describe('presenter mode', () => {
  it('hides controls until revealed and steps through the incident by keyboard with a pause before each verdict', async () => {
    const { page, errors, close } = await openPage(browser, `${inject('baseURL')}/#incident=phished-prompt&mode=present&step=0&claude-code.sandbox.enabled=off`, { width: 1920, height: 1080 });
    await page.getByTestId('presenter-bar').waitFor();
    await expect.poll(() => page.getByTestId('presenter-position').textContent()).toMatch(/^Step 0 of \d+$/);
    expect(await page.getByTestId('pane-claude-code-tab-controls').count()).toBe(0);
    expect(await page.getByTestId('lesson-sidebar').count()).toBe(0);

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('presenter-position').textContent()).toMatch(/^Step 1 of/);
    expect(await page.getByTestId('presenter-question').textContent()).toContain('What happens next?');
    const hiddenDuringPause = await page.getByTestId('events-claude-code').locator('li.ev-allow, li.ev-deny').count();
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('presenter-question').textContent()).not.toContain('What happens next?');
    expect(await page.getByTestId('events-claude-code').locator('li.ev-allow, li.ev-deny').count()).toBeGreaterThan(hiddenDuringPause);
    expect(await page.getByTestId('outcome-claude-code').count()).toBe(0);

    // Step to the end: the verdicts appear.
    for (let i = 0; i < 30 && (await page.getByTestId('outcome-claude-code').count()) === 0; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('outcome-claude-code').textContent()).toBe('not contained');
    await page.screenshot({ path: 'test-results/presenter-1920x1080.png' });

    await page.keyboard.press('c');
    await page.getByTestId('pane-claude-code-tab-controls').waitFor();
    expect(errors).toEqual([]);
    await close();
  });
});
