// "Same text as the CLI": the review page builds its Markdown from importConfig + runReview; the CLI
// from loadProfile + checkProfile. For the same files (named the same) the reports are identical.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/check.ts';
import { reviewMarkdown } from '../../../src/sim/review/report.ts';
import { runReview } from '../../../src/sim/review/reviewRun.ts';

const dir = mkdtempSync(join(tmpdir(), 'cl-parity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const silent = { stdout: { write: () => {} }, stderr: { write: () => {} } };

describe('review report parity with the CLI', () => {
  it('two scopes of settings.json give the same Markdown in the page and from `check --report`', async () => {
    const project = join(dir, 'settings.json');
    const local = join(dir, 'settings.local.json');
    writeFileSync(project, JSON.stringify({ permissions: { allow: ['Bash(npm run *)'] }, sandbox: { enabled: true, network: { allowedDomains: ['github.com'] } } }));
    writeFileSync(local, JSON.stringify({ sandbox: { allowUnsandboxedCommands: false, filesystem: { denyRead: ['~/.aws'] } } }));
    const out = join(dir, 'report.md');
    await run([project, local, '--report', out], silent);
    const page = await runReview({ sources: [project, local].map((name) => ({ name, text: readFileSync(name, 'utf8') })) });
    if (!page.ok) throw new Error(page.errors.map((e) => e.message).join('; '));
    expect(reviewMarkdown(page.report, { files: page.sources.map((s) => s.name), format: page.format, review: page.review, texts: page.texts })).toBe(readFileSync(out, 'utf8'));
    // Two whole reviews (every incident against every technique, twice): slow on a loaded 2-core machine.
  }, 120_000);
});
