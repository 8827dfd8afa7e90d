// The design review in a real browser: reached from the header, a settings file with an error shows
// the file and field path, a good one produces one row per catalog incident (run in the engine
// worker with progress), the Markdown export names every incident, a recommendation re-run changes
// a verdict, the print stylesheet leaves only the report, and the way back restores the playground.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { openPage } from './page.ts';
import { SCENARIOS } from '../../src/sim/scenarios/index.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

// A permissive but realistic settings.json: sandbox on, escape hatch left open, broad allow rules.
const permissive = {
  $schema: 'https://json.schemastore.org/claude-code-settings.json',
  permissions: { defaultMode: 'acceptEdits', allow: ['Bash(npm run *)', 'Bash(curl *)', 'WebFetch', 'Read(~/**)'], deny: [] },
  sandbox: { enabled: true, network: { allowedDomains: ['github.com', '*.github.com', 'registry.npmjs.org', 'api.anthropic.com'] } },
};
const noSandbox = { permissions: { allow: ['Bash(npm run test *)'], deny: [] } };

const upload = (page: Page, name: string, value: unknown) =>
  page.getByTestId('review-file-input').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value, null, 2)) });

async function runReview(page: Page) {
  // The progress bar is brief; note whether it showed a count moving before the table arrived.
  await page.evaluate(() => {
    const w = window as unknown as { sawProgress: number };
    w.sawProgress = 0;
    new MutationObserver(() => {
      const bar = document.querySelector('[data-testid=review-progress] progress');
      if (bar instanceof HTMLProgressElement && bar.value > 0) w.sawProgress = Math.max(w.sawProgress, bar.value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.getByTestId('review-run').click();
  await page.getByTestId('review-table').waitFor({ timeout: 30_000 });
  return page.evaluate(() => (window as unknown as { sawProgress: number }).sawProgress);
}

describe('design review page', () => {
  it('names the file and field of an error, then reviews a good settings.json incident by incident', async () => {
    const { page, errors, close } = await openPage(browser, `${inject('baseURL')}/#incident=phished-prompt`);
    await page.getByTestId('pane-claude-code').waitFor();
    await page.getByTestId('review-link').click();
    await page.getByTestId('review-page').waitFor();
    expect(await page.evaluate(() => location.hash)).toBe('#view=review');

    // Dropped, as a reviewer would drag it from their file manager.
    const dropped = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'settings.local.json', { type: 'application/json' }));
      return dt;
    }, JSON.stringify({ sandbox: { enabled: true, network: { allowedDomains: ['github.com', 'npmjs.org', 42] } } }));
    await page.getByTestId('review-drop').dispatchEvent('drop', { dataTransfer: dropped });
    const errorList = page.getByTestId('review-errors');
    await expect.poll(() => errorList.textContent()).toContain('sandbox.network.allowedDomains[2]');
    expect(await errorList.textContent()).toContain('settings.local.json');
    expect(await page.getByLabel('Scope of settings.local.json').inputValue()).toBe('local');
    expect(await errorList.textContent()).toMatch(/expected a string/);
    expect(await page.getByTestId('review-run').isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Remove settings.local.json' }).click();

    await upload(page, 'settings.json', permissive);
    await expect.poll(() => page.getByTestId('review-errors').count()).toBe(0);
    const progressSeen = await runReview(page);
    expect(progressSeen).toBeGreaterThan(0);
    const rows = page.getByTestId('review-row');
    expect(await rows.count()).toBe(SCENARIOS.length);
    expect(await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-incident')))).toEqual(SCENARIOS.map((s) => s.id));
    const table = (await page.getByTestId('review-table').textContent()) ?? '';
    for (const s of SCENARIOS) expect(table).toContain(s.title);
    expect(await page.getByTestId('review-blast').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('review-understood').textContent()).toContain('github.com');

    await page.screenshot({ path: 'test-results/review-1280x720.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: 'test-results/review-1920x1080.png' });

    await page.getByTestId('review-back').click();
    await page.getByTestId('pane-claude-code').waitFor();
    // Back on the same incident, with the playground's own hash (not the review's).
    await expect.poll(() => page.getByTestId('scenario-select').inputValue()).toBe('phished-prompt');
    expect(await page.evaluate(() => location.hash)).toMatch(/incident=phished-prompt/);
    expect(errors).toEqual([]);
    await close();
  });

  it('exports Markdown naming every incident, applies a recommendation, and prints only the report', async () => {
    const { page, errors, close } = await openPage(browser, `${inject('baseURL')}/#view=review`);
    await upload(page, 'settings.json', noSandbox);
    await runReview(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('review-download').click()]);
    expect(download.suggestedFilename()).toBe('containment-review.md');
    const md = readFileSync(await download.path(), 'utf8');
    expect(md).toMatch(/^# Containment review: claude-code/);
    for (const s of SCENARIOS) expect(md).toContain(`### ${s.id}: ${s.title}`);

    const row = page.locator('[data-testid=review-row][data-incident=phished-prompt]');
    expect(await row.getAttribute('data-contained')).toBe('no');
    const rec = page.locator('[data-testid=review-rec][data-fixes~="phished-prompt"]');
    await rec.getByTestId('review-try').click();
    const delta = rec.locator('[data-testid=review-delta][data-incident=phished-prompt]');
    await delta.waitFor({ timeout: 30_000 });
    expect(await delta.getAttribute('data-after')).toBe('yes');
    expect(await delta.textContent()).toMatch(/→ contained/);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByTestId('review-paste').isVisible()).toBe(false);
    expect(await page.getByTestId('review-download').isVisible()).toBe(false);
    expect(await page.getByTestId('review-table').isVisible()).toBe(true);
    await page.pdf({ path: 'test-results/review.pdf', format: 'A4', printBackground: true });
    expect(errors).toEqual([]);
    await close();
  });

  it('survives garbage: empty, non-JSON, wrong top-level type, a sandbox-runtime file next to settings', async () => {
    const { page, errors, close } = await openPage(browser, `${inject('baseURL')}/#view=review`);
    await page.getByTestId('review-paste').fill('{"permissions": ');
    await expect.poll(() => page.getByTestId('review-errors').textContent()).toMatch(/pasted text.*not valid JSON/);
    await page.getByTestId('review-paste').fill('');
    await upload(page, 'empty.json', '');
    await expect.poll(() => page.getByTestId('review-errors').textContent()).toMatch(/empty\.json.*is empty/);
    await upload(page, 'list.json', '[1, 2, 3]');
    await expect.poll(() => page.getByTestId('review-errors').textContent()).toMatch(/list\.json.*JSON object/);
    await upload(page, 'srt.json', { network: { allowedDomains: [], deniedDomains: [] }, filesystem: { denyRead: [], allowWrite: ['.'], denyWrite: [] } });
    await expect.poll(() => page.getByTestId('review-errors').textContent()).toMatch(/srt\.json.*stands alone/);
    expect(await page.getByTestId('review-run').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});
