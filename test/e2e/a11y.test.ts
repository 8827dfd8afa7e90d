// Accessibility in real Chromium: axe-core (WCAG 2.1 A and AA rules) on every view a learner or a
// trainer uses, with no serious or critical violation allowed. The counts per view are written to
// test-results/axe.json so a change's before/after can be compared.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { openPage } from './page.ts';

let browser: Browser;
const counts: Record<string, Record<string, number>> = {};
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  writeFileSync('test-results/axe.json', `${JSON.stringify(counts, null, 2)}\n`);
  await browser?.close();
});

async function audit(page: Page, view: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const byImpact: Record<string, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of result.violations) byImpact[v.impact ?? 'minor'] = (byImpact[v.impact ?? 'minor'] ?? 0) + v.nodes.length;
  counts[view] = byImpact;
  const severe = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`).join(' | ')}`);
  return severe;
}

const outcomes = async (page: Page) => {
  for (const p of ['claude-ai', 'claude-code', 'cowork']) await page.getByTestId(`outcome-${p}`).waitFor({ timeout: 20_000 });
};

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('the landing page', async () => {
    const { page, close } = await openPage(browser, inject('baseURL'));
    await page.getByTestId('lesson-panel').waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1500);
    expect(await audit(page, 'landing')).toEqual([]);
    await close();
  });

  it('a lesson, reached and solved', async () => {
    const { page, close } = await openPage(browser, `${inject('baseURL')}/#lesson=blast-radius`);
    await outcomes(page);
    await page.getByTestId('control-lesson-claude-code.sandbox.enabled').check();
    const deny = page.getByTestId('control-lesson-claude-code.permissions.deny').locator('textarea');
    await deny.fill('Read(~/.aws/**)');
    await deny.blur();
    await page.getByTestId('lesson-success').waitFor({ timeout: 20_000 });
    await page.getByTestId('lesson-quiz').locator('input[type=radio]').first().check();
    expect(await audit(page, 'lesson')).toEqual([]);
    await close();
  });

  it('presenter mode', async () => {
    const { page, close } = await openPage(browser, `${inject('baseURL')}/#incident=phished-prompt&mode=present`, { width: 1920, height: 1080 });
    await page.getByTestId('presenter-bar').waitFor();
    await page.waitForTimeout(1500);
    expect(await audit(page, 'presenter')).toEqual([]);
    await close();
  });

  it('Compare', async () => {
    const { page, close } = await openPage(browser, `${inject('baseURL')}/#incident=phished-prompt`);
    await outcomes(page);
    await page.getByTestId('compare-drawer').locator('summary').click();
    await page.getByTestId('compare-claude-code').waitFor();
    await page.waitForTimeout(1000);
    expect(await audit(page, 'compare')).toEqual([]);
    await close();
  });

  it('Monte Carlo', async () => {
    const { page, close } = await openPage(browser, `${inject('baseURL')}/#incident=phished-prompt`);
    await outcomes(page);
    await page.getByTestId('mc-drawer').locator('summary').click();
    await page.waitForTimeout(500);
    expect(await audit(page, 'monte-carlo')).toEqual([]);
    await close();
  });

  it('the review page', async () => {
    const { page, close } = await openPage(browser, `${inject('baseURL')}/#incident=phished-prompt`);
    await page.getByTestId('review-link').click();
    await page.getByTestId('review-page').waitFor();
    expect(await audit(page, 'review')).toEqual([]);
    await close();
  });

  it('the review page with a finished review: summary, findings, keys not modeled', async () => {
    const { page, close } = await openPage(browser, `${inject('baseURL')}/#view=review`);
    await page.getByTestId('review-paste').fill(JSON.stringify({ hooks: { SessionStart: [{ hooks: [{ type: 'command', command: 'bin/setup' }] }] }, sandbox: { enabled: true, netwrk: {} } }));
    await page.getByTestId('review-run').click();
    await page.getByTestId('review-findings').waitFor({ timeout: 60_000 });
    expect(await audit(page, 'review-done')).toEqual([]);
    await close();
  });

  it('the authoring editor', async () => {
    const { page, close } = await openPage(browser, inject('baseURL'));
    await expect.poll(() => page.getByTestId('scenario-select').locator('option').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    await page.getByTestId('authoring-open').click();
    await page.locator('.authoring .monaco-editor').waitFor({ timeout: 20_000 });
    expect(await audit(page, 'authoring')).toEqual([]);
    await close();
  });
});
