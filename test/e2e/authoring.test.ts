// Scenario authoring in a real browser: write a scenario, run it on the three products, flip a
// control, share it by link; a broken scenario shows its problem by JSON path, a broken link a notice.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { openPage } from './page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const PRODUCTS = ['claude-ai', 'claude-code', 'cowork'];
const outcome = (page: Page, product: string) => page.getByTestId(`outcome-${product}`);

async function catalogReady(page: Page) {
  await expect.poll(() => page.getByTestId('scenario-select').locator('option').count(), { timeout: 20_000 }).toBeGreaterThan(1);
}

async function openEditorAsText(page: Page) {
  await page.getByTestId('authoring-open').click();
  // The real Monaco chunk loads (lazily) with the schema bound; then switch to the text area to type.
  await page.locator('.authoring .monaco-editor').waitFor({ timeout: 20_000 });
  await page.getByTestId('authoring-plain').check();
  return page.getByTestId('authoring-text');
}

describe('scenario authoring', () => {
  it('writes a scenario, runs it on three products, and a control flips its verdict', async () => {
    const { page, errors, close } = await openPage(browser, inject('baseURL'));
    await catalogReady(page);
    const text = await openEditorAsText(page);
    const template = await text.inputValue();
    await text.fill(template.replace('"title": "A CONTRIBUTING file asks the agent to post the deploy key"', '"title": "My own leak"'));
    await expect.poll(() => page.getByTestId('authoring-valid').textContent()).toContain('My own leak');
    await page.getByTestId('authoring-run').click();
    await expect.poll(() => page.getByTestId('custom-scenario').textContent()).toContain('My own leak');
    // Running folds the editor away so the panes are in view; the draft is kept for the next edit.
    await expect.poll(() => page.getByTestId('authoring-panel').isVisible()).toBe(false);
    for (const p of PRODUCTS) await expect.poll(() => outcome(page, p).textContent(), { timeout: 20_000 }).toBe('contained');

    // The injected upload was tried and refused by the sandbox's proxy.
    await page.getByTestId('pane-claude-code-tab-network').click();
    await expect.poll(() => page.getByTestId('network-claude-code').textContent()).toContain('paste.evil.example');
    // Without the sandbox only a (fatigued) person's answer stands between the key and the paste site.
    await page.getByTestId('pane-claude-code-tab-controls').click();
    await page.getByTestId('control-claude-code.sandbox.enabled').uncheck();
    await expect.poll(() => outcome(page, 'claude-code').textContent(), { timeout: 20_000 }).toBe('not contained');
    await page.screenshot({ path: 'test-results/authoring-run.png' });
    await page.getByTestId('authoring-open').click();
    expect(await page.getByTestId('authoring-text').inputValue()).toContain('"title": "My own leak"');
    expect(errors).toEqual([]);
    await close();
  });

  it('Monaco validates against the schema made from the zod schema', async () => {
    const { page, errors, close } = await openPage(browser, inject('baseURL'));
    await catalogReady(page);
    await page.getByTestId('authoring-open').click();
    const surface = page.locator('.authoring .monaco-editor');
    await surface.waitFor({ timeout: 20_000 });
    await surface.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await expect.poll(() => page.getByTestId('authoring-errors').textContent()).toContain('not valid JSON');
    await page.keyboard.insertText('{ "id": "x", "title": "t", "unknownField": 1 }');
    // The JSON worker marks the key the schema does not allow (a warning squiggle); our own check names it by path too.
    await expect.poll(() => page.locator('.authoring .monaco-editor :is(.squiggly-warning, .squiggly-error)').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('authoring-errors').textContent()).toContain('unknownField');
    expect(errors).toEqual([]);
    await close();
  });

  it('a broken scenario shows the problem with its JSON path and cannot run', async () => {
    const { page, close } = await openPage(browser, inject('baseURL'));
    await catalogReady(page);
    const text = await openEditorAsText(page);
    await text.fill((await text.inputValue()).replace('"secret": "deploy-key"', '"secret": "x"'));
    await expect.poll(() => page.getByTestId('authoring-errors').textContent()).toContain('harms[0].secret: unknown secret "x"; known:');
    expect(await page.getByTestId('authoring-run').isDisabled()).toBe(true);
    await page.screenshot({ path: 'test-results/authoring-error.png' });
    await close();
  });

  it('shares a scenario by link; a damaged link opens with a notice', async () => {
    const { page, close } = await openPage(browser, inject('baseURL'));
    await catalogReady(page);
    await page.getByTestId('authoring-open').click();
    await page.getByTestId('authoring-share').click();
    const link = await page.getByTestId('authoring-link').inputValue();
    expect(link).toMatch(/#scenario=[A-Za-z0-9_-]+$/);
    await close();

    const shared = await openPage(browser, link);
    await expect.poll(() => shared.page.getByTestId('custom-scenario').textContent(), { timeout: 20_000 }).toContain('deploy key');
    for (const p of PRODUCTS) await expect.poll(() => outcome(shared.page, p).textContent(), { timeout: 20_000 }).toBe('contained');
    // The address keeps the scenario with the rest of the state, so a reload (or a copied URL) reopens it.
    await expect.poll(() => shared.page.url(), { timeout: 10_000 }).toMatch(/[#&]scenario=[A-Za-z0-9_-]+/);
    expect(await shared.page.getByTestId('scenario-select').inputValue()).toMatch(/^custom:/);
    await shared.page.reload();
    await expect.poll(() => shared.page.getByTestId('custom-scenario').textContent(), { timeout: 20_000 }).toContain('deploy key');
    expect(await shared.page.getByTestId('notices').count()).toBe(0);
    expect(shared.errors).toEqual([]);
    await shared.close();

    const broken = await openPage(browser, `${inject('baseURL')}/#scenario=${link.split('#scenario=')[1]?.slice(0, 12) ?? ''}`);
    await expect.poll(() => broken.page.getByTestId('notices').textContent(), { timeout: 20_000 }).toContain('Scenario link:');
    await broken.close();
  });
});
