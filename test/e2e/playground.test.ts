// The playground in a real browser: run an incident, flip a control, answer prompts, scrub the
// timeline, open a share link and a broken one.
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

const outcome = (page: Page, product: string) => page.getByTestId(`outcome-${product}`);
const verdicts = async (page: Page) => Promise.all(['claude-ai', 'claude-code', 'cowork'].map((p) => outcome(page, p).textContent()));

async function pick(page: Page, id: string) {
  await expect.poll(() => page.getByTestId('scenario-select').locator(`option[value="${id}"]`).count(), { timeout: 15_000 }).toBe(1);
  await page.getByTestId('scenario-select').selectOption(id);
  for (const p of ['claude-ai', 'claude-code', 'cowork']) await outcome(page, p).waitFor();
}

async function setControl(page: Page, product: string, path: string, how: (el: ReturnType<Page['getByTestId']>) => Promise<void>) {
  await page.getByTestId(`pane-${product}-tab-controls`).click();
  await how(page.getByTestId(`control-${product}.${path}`));
}

describe('playground', () => {
  it('runs an incident on three products and a control change flips the verdict', async () => {
    // A playground address with nothing chosen yet (a bare address opens lesson 1 instead).
    const { page, errors, close } = await openPage(browser, `${inject('baseURL')}/#v=1`);
    await pick(page, 'phished-prompt');
    // The worst case tries every technique: under Claude Code's shipped settings a git push to the
    // allowlisted code host carries the keys, and the pane names it.
    expect(await verdicts(page)).toEqual(['contained', 'not contained', 'contained']);
    expect(await page.getByTestId('outcome-why-claude-code').textContent()).toMatch(/^Got through: .*git push/i);
    await setControl(page, 'claude-code', 'permissions.deny', async (el) => { const t = el.locator('textarea'); await t.fill('Read(~/.aws/**)'); await t.blur(); });
    // The deny rule alone leaves the escape hatch: curl rerun outside the sandbox opens the file itself.
    await expect.poll(() => page.getByTestId('outcome-why-claude-code').textContent(), { timeout: 20_000 }).toMatch(/escape hatch|dangerouslyDisableSandbox|escape-hatch/i);
    await setControl(page, 'claude-code', 'sandbox.allowUnsandboxedCommands', (el) => el.uncheck());
    await expect.poll(() => outcome(page, 'claude-code').textContent(), { timeout: 20_000 }).toBe('contained');
    expect(await page.getByTestId('outcome-why-claude-code').textContent()).toMatch(/^Every technique failed \(\d+ tried\)/);
    await page.getByTestId('outcome-tried-claude-code').locator('summary').click();
    expect(await page.getByTestId('outcome-tried-claude-code').locator('li').count()).toBeGreaterThan(5);
    await page.screenshot({ path: 'test-results/playground-1280x720.png' });
    // Without the sandbox wget reads the file itself: the deny rule alone does not hold.
    await setControl(page, 'claude-code', 'sandbox.enabled', (el) => el.uncheck());
    await expect.poll(() => outcome(page, 'claude-code').textContent(), { timeout: 20_000 }).toBe('not contained');
    await setControl(page, 'claude-code', 'sandbox.enabled', (el) => el.check());
    await expect.poll(() => outcome(page, 'claude-code').textContent(), { timeout: 20_000 }).toBe('contained');
    // A sampled run judges the scripted attack alone, as before: the sandbox stops the POST.
    await setControl(page, 'claude-code', 'permissions.deny', async (el) => { const t = el.locator('textarea'); await t.fill(''); await t.blur(); });
    await page.getByTestId('worst-case').selectOption('sampled');
    await expect.poll(() => outcome(page, 'claude-code').textContent(), { timeout: 20_000 }).toBe('contained');
    expect(errors).toEqual([]);
    await close();
  });

  it('pauses on a prompt the learner answers, and resumes on approve or deny', async () => {
    const { page, close } = await openPage(browser, `${inject('baseURL')}/#incident=phished-prompt&claude-code.sandbox.enabled=off&claude-code.run.answerer=learner`);
    await expect.poll(() => outcome(page, 'claude-code').textContent()).toBe('awaiting approval');
    // Approve everything: the credentials leave.
    for (let i = 0; i < 10 && (await outcome(page, 'claude-code').textContent()) === 'awaiting approval'; i++) {
      const before = await page.getByTestId('approvals-claude-code').locator('strong').first().textContent();
      await page.getByTestId('approve-claude-code').click();
      await expect.poll(async () => (await outcome(page, 'claude-code').textContent()) !== 'awaiting approval' || (await page.getByTestId('approvals-claude-code').locator('strong').first().textContent()) !== before).toBe(true);
    }
    await expect.poll(() => outcome(page, 'claude-code').textContent()).toBe('not contained');
    await page.screenshot({ path: 'test-results/playground-approved.png' });
    await close();

    const again = await openPage(browser, `${inject('baseURL')}/#incident=phished-prompt&claude-code.sandbox.enabled=off&claude-code.run.answerer=learner`);
    // Deny every prompt: nothing leaves, but a click is not a boundary, so it is still not contained.
    for (let i = 0; i < 10; i++) {
      await expect.poll(() => outcome(again.page, 'claude-code').textContent()).not.toBe('');
      if ((await outcome(again.page, 'claude-code').textContent()) !== 'awaiting approval') break;
      const count = await again.page.getByTestId('deny-claude-code').count();
      if (count === 0) continue;
      await again.page.getByTestId('deny-claude-code').click();
      await again.page.waitForTimeout(150);
    }
    await expect.poll(() => outcome(again.page, 'claude-code').textContent()).toBe('not contained');
    await again.page.getByTestId('pane-claude-code-tab-network').click();
    expect(await again.page.getByTestId('network-claude-code').textContent()).not.toContain('collect.');
    await again.close();
  });

  it('scrubs the timeline: stepping back hides later events in every pane', async () => {
    const { page, close } = await openPage(browser, `${inject('baseURL')}/#v=1`);
    await pick(page, 'phished-prompt');
    const count = () => page.getByTestId('events-claude-code').locator('li').count();
    const atEnd = await count();
    await page.getByTestId('timeline-scrub').fill('0');
    await expect.poll(() => page.getByTestId('timeline-position').textContent()).toMatch(/^step 0 \//);
    const atStart = await count();
    expect(atStart).toBeLessThan(atEnd);
    await page.getByTestId('timeline-forward').click();
    await expect.poll(() => page.getByTestId('timeline-position').textContent()).toMatch(/^step 1 \//);
    expect(await count()).toBeGreaterThanOrEqual(atStart);
    await page.getByTestId('timeline-back').click();
    await expect.poll(count).toBe(atStart);
    // The URL keeps the position.
    expect(new URL(page.url()).hash).toContain('step=0');
    await close();
  });

  it('opens a share link with its settings, and back/forward restores earlier states', async () => {
    const { page, errors, close } = await openPage(browser, `${inject('baseURL')}/#v=1&incident=phished-prompt&claude-code.sandbox.enabled=off&claude-code.sandbox.allowUnsandboxedCommands=off&claude-code.permissions.deny=${encodeURIComponent('Read(~/.aws/**)')}`);
    await expect.poll(() => outcome(page, 'claude-code').textContent(), { timeout: 20_000 }).toBe('not contained');
    await setControl(page, 'claude-code', 'sandbox.enabled', (el) => el.check());
    await expect.poll(() => outcome(page, 'claude-code').textContent(), { timeout: 20_000 }).toBe('contained');
    expect(new URL(page.url()).hash).not.toContain('sandbox.enabled');
    await page.goBack();
    await expect.poll(() => outcome(page, 'claude-code').textContent(), { timeout: 20_000 }).toBe('not contained');
    expect(errors).toEqual([]);
    await close();
  });

  it('opens a broken share link on defaults with a notice that names the problem', async () => {
    const { page, errors, close } = await openPage(browser, `${inject('baseURL')}/#incident=phished-prompt&claude-code.sandbox.enabled=maybe&seed=banana&%E0%A4%A=1`);
    await page.getByTestId('notices').waitFor();
    const text = await page.getByTestId('notices').textContent();
    expect(text).toContain('sandbox.enabled=maybe');
    expect(text).toContain('seed=banana');
    // On defaults: the shipped settings, where the worst case finds a way out.
    await expect.poll(() => outcome(page, 'claude-code').textContent(), { timeout: 20_000 }).toBe('not contained');
    await page.screenshot({ path: 'test-results/playground-broken-link.png' });
    expect(errors).toEqual([]);
    await close();
  });
});

describe('Monte Carlo view', () => {
  it('runs many seeds in the worker with progress and shows the distribution per product', async () => {
    const { page, errors, close } = await openPage(browser, `${inject('baseURL')}/#incident=phished-prompt&worst=off&claude-code.sandbox.enabled=off`);
    await expect.poll(() => page.getByTestId('outcome-claude-code').textContent()).not.toBe('');
    await page.getByTestId('mc-drawer').locator('summary').click();
    await page.getByTestId('mc-drawer').locator('select').selectOption('100');
    await page.getByTestId('mc-run').click();
    for (const p of ['claude-ai', 'claude-code', 'cowork']) await page.getByTestId(`mc-harm-${p}`).waitFor({ timeout: 30_000 });
    const harmOf = async (p: string) => Number(/harm in (\d+) of 100/.exec((await page.getByTestId(`mc-harm-${p}`).textContent()) ?? '')?.[1]);
    // Without the sandbox the sampled model and a tired human let most runs through; boundaries let none.
    expect(await harmOf('claude-code')).toBeGreaterThan(50);
    expect(await harmOf('claude-ai')).toBe(0);
    expect(await harmOf('cowork')).toBe(0);
    await page.screenshot({ path: 'test-results/monte-carlo.png' });
    expect(errors).toEqual([]);
    await close();
  });
});
