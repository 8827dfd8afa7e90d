// The lesson runner in the built app, in real Chromium: complete a lesson by changing a control,
// keep progress across a reload, survive a corrupted save, open a lesson from a deep link.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { openPage } from './page.ts';

const STORAGE_KEY = 'containment-lab:progress';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const runner = (page: Page) => page.getByTestId('lesson-runner');
const r = (page: Page) => runner(page).getByTestId('goal-clause').first();

async function completeFirstLesson(page: Page) {
  const r = runner(page);
  await expect.poll(() => r.getByTestId('lesson-panel').getAttribute('data-lesson'), { timeout: 15_000 }).toBe('blast-radius');
  // The live check runs the engine on the start settings first: the goal is not met yet.
  await expect.poll(() => r.getByTestId('goal-clause').first().getAttribute('data-passed'), { timeout: 15_000 }).toBe('false');
  await r.getByTestId('control-lesson-claude-code.sandbox.enabled').check();
  // The sandbox alone: the worst-case attacker still pushes the keys to the allowlisted code host.
  await expect.poll(() => r.getByTestId('goal-clause').first().textContent(), { timeout: 20_000 }).toContain('github.com');
  expect(await r.getByTestId('lesson-success').count()).toBe(0);
  const deny = r.getByTestId('control-lesson-claude-code.permissions.deny').locator('textarea');
  await deny.fill('Read(~/.aws/**)');
  await deny.blur();
  await r.getByTestId('lesson-success').waitFor({ timeout: 20_000 });
}

describe('lessons in the browser', () => {
  it('completes a lesson by changing controls, and a reload keeps the progress', async () => {
    const { page, errors, close } = await openPage(browser, inject('baseURL'));
    await completeFirstLesson(page);
    // The lesson drives the panes: their own controls are locked until the learner unlocks them.
    const pane = page.getByTestId('pane-claude-code');
    await pane.getByRole('tab', { name: 'Controls' }).click();
    const paneSandbox = pane.getByTestId('control-claude-code.sandbox.enabled');
    expect(await paneSandbox.isChecked()).toBe(true);
    expect(await paneSandbox.isDisabled()).toBe(true);
    await pane.getByTestId('lesson-lock-claude-code').getByRole('button', { name: 'Unlock for free play' }).click();
    expect(await paneSandbox.isDisabled()).toBe(false);
    const total = await runner(page).getByTestId('lesson-progress').textContent();
    expect(total).toMatch(/1 of \d+ completed/);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/lesson-complete.png', fullPage: true });
    await runner(page).getByTestId('lesson-next').click();
    await expect.poll(() => runner(page).getByTestId('lesson-panel').getAttribute('data-lesson')).toBe('risks-and-defenses');
    expect(page.url()).toContain('lesson=risks-and-defenses');

    await page.reload();
    await runner(page).getByTestId('lesson-panel').waitFor();
    expect(await runner(page).getByTestId('lesson-progress').textContent()).toMatch(/1 of \d+ completed/);
    expect(await runner(page).getByTestId('lesson-item-blast-radius').textContent()).toContain('completed');
    expect(await runner(page).getByTestId('lesson-panel').getAttribute('data-lesson')).toBe('risks-and-defenses');
    expect(errors).toEqual([]);
    await close();
  });

  it('shows a notice for a corrupted save and still works', async () => {
    const { page, context, errors, close } = await openPage(browser, 'about:blank');
    await context.addInitScript(([key]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key as string, '{"version":2,"lessons":{"blast-radius":');
        sessionStorage.setItem('seeded', '1');
      }
    }, [STORAGE_KEY]);
    await page.goto(inject('baseURL'));
    const notices = runner(page).getByTestId('lesson-notices');
    await notices.waitFor({ timeout: 15_000 });
    expect(await notices.textContent()).toContain('could not be read');
    await completeFirstLesson(page);
    const kept = await page.evaluate(() => localStorage.getItem('containment-lab:progress:unreadable'));
    expect(kept).toBe('{"version":2,"lessons":{"blast-radius":');
    expect(errors).toEqual([]);
    await close();
  });

  it('a playground link copied from the address bar opens the playground, not the sidebar\'s lesson', async () => {
    const first = await openPage(browser, `${inject('baseURL')}/#incident=memory-poisoning`);
    await expect.poll(() => first.page.getByTestId('outcome-cowork').textContent(), { timeout: 15_000 }).toBe('not contained');
    await expect.poll(() => first.page.evaluate(() => window.location.hash), { timeout: 5_000 }).toMatch(/^#v=1&incident=memory-poisoning/);
    expect(await first.page.evaluate(() => window.location.hash)).not.toContain('lesson=');
    const copied = await openPage(browser, first.page.url());
    await expect.poll(() => copied.page.getByTestId('outcome-cowork').textContent(), { timeout: 15_000 }).toBe('not contained');
    expect(await copied.page.locator('select').first().inputValue()).toBe('memory-poisoning');
    expect([...first.errors, ...copied.errors]).toEqual([]);
    await copied.close();
    await first.close();
  });

  it('opens a lesson from a deep link', async () => {
    const { page, errors, close } = await openPage(browser, `${inject('baseURL')}/#lesson=sandbox-rules`);
    await expect.poll(() => runner(page).getByTestId('lesson-panel').getAttribute('data-lesson'), { timeout: 15_000 }).toBe('sandbox-rules');
    expect(await runner(page).locator('h2').first().textContent()).toContain('Sandbox rules');
    // The playground opens on the lesson's incident, not on an empty page with the controls locked.
    await expect.poll(() => page.getByTestId('outcome-claude-code').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('select').first().inputValue()).toBe('phished-prompt');
    expect(errors).toEqual([]);
    await close();
  });
  it('a first visit opens lesson 1 with its incident loaded; picking another incident is free play on the shipped settings', async () => {
    const { page, errors, close } = await openPage(browser, inject('baseURL'));
    await expect.poll(() => runner(page).getByTestId('lesson-panel').getAttribute('data-lesson'), { timeout: 15_000 }).toBe('blast-radius');
    // The world the goal talks about is on screen: lesson 1's incident, its start (no sandbox) failing.
    await expect.poll(() => page.getByTestId('outcome-claude-code').textContent(), { timeout: 15_000 }).toBe('not contained');
    expect(await page.getByTestId('scenario-select').inputValue()).toBe('phished-prompt');
    await expect.poll(() => r(page).getAttribute('data-passed'), { timeout: 15_000 }).toBe('false');
    // Its pointer words bring the part of the pane they name into view.
    await runner(page).getByTestId('show-claude-code-approvals').first().click();
    await expect.poll(() => page.getByTestId('pane-claude-code-tab-approvals').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('pane-claude-code').locator('.tabs.spotlight').count()).toBe(1);

    await page.getByTestId('scenario-select').selectOption('memory-poisoning');
    await expect.poll(() => page.evaluate(() => window.location.hash), { timeout: 15_000 }).toMatch(/incident=memory-poisoning/);
    expect(await page.evaluate(() => window.location.hash)).not.toContain('lesson=');
    expect(await page.evaluate(() => window.location.hash)).not.toContain('claude-code.sandbox.enabled');
    await page.getByTestId('pane-claude-code-tab-controls').click();
    expect(await page.getByTestId('control-claude-code.sandbox.enabled').isDisabled()).toBe(false);
    expect(await page.getByTestId('lesson-lock-claude-code').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});
