// The review page over the real engine (served on the main thread here, as the worker serves it):
// field errors beside the input, one table row per catalog incident, the Markdown export naming
// every incident, and a recommendation re-run that changes a verdict.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ReviewPage } from '../../../src/app/review/ReviewPage.tsx';
import { createEngineService } from '../../../src/worker/engineService.ts';
import type { EngineClient } from '../../../src/worker/client.ts';
import { SCENARIOS } from '../../../src/sim/scenarios/index.ts';

function mainThreadEngine(progress: [number, number][] = []): EngineClient {
  const service = createEngineService('main-thread');
  return {
    call: (async (method: string, args: unknown[], options?: { onProgress?: (d: number, t: number) => void }) => {
      const handler = service[method as keyof typeof service] as (...a: unknown[]) => unknown;
      return handler(...args, { progress: (d: number, t: number) => { progress.push([d, t]); options?.onProgress?.(d, t); } });
    }) as EngineClient['call'],
    dispose() {},
  };
}

const paste = (text: string) => fireEvent.change(screen.getByTestId('review-paste'), { target: { value: text } });
const loose = JSON.stringify({ permissions: { defaultMode: 'default', allow: [], deny: [] } });

afterEach(() => vi.restoreAllMocks());

describe('ReviewPage', () => {
  it('shows each error with the source and the field path, and will not run', () => {
    render(<ReviewPage engine={mainThreadEngine()} />);
    paste(JSON.stringify({ sandbox: { enabled: true, network: { allowedDomains: ['github.com', 'npmjs.org', 7] } } }));
    const errors = screen.getByTestId('review-errors');
    expect(errors.textContent).toContain('pasted text');
    expect(errors.textContent).toContain('sandbox.network.allowedDomains[2]');
    expect(errors.textContent).toMatch(/expected a string/);
    expect((screen.getByTestId('review-run') as HTMLButtonElement).disabled).toBe(true);
    paste('not json at all');
    expect(screen.getByTestId('review-errors').textContent).toMatch(/not valid JSON/);
    paste('');
    expect(screen.queryByTestId('review-errors')).toBeNull();
  });

  it('runs every catalog incident, with progress, and exports Markdown naming each one', async () => {
    const progress: [number, number][] = [];
    render(<ReviewPage engine={mainThreadEngine(progress)} />);
    paste(loose);
    fireEvent.click(screen.getByTestId('review-run'));
    await waitFor(() => expect(screen.getByTestId('review-table')).toBeTruthy(), { timeout: 20_000 });
    expect(progress.at(-1)).toEqual([SCENARIOS.length, SCENARIOS.length]);
    const rows = screen.getAllByTestId('review-row');
    expect(rows.map((r) => r.getAttribute('data-incident'))).toEqual(SCENARIOS.map((s) => s.id));
    for (const s of SCENARIOS) expect(within(screen.getByTestId('review-table')).getByText(s.title)).toBeTruthy();
    expect(rows.find((r) => r.getAttribute('data-incident') === 'phished-prompt')?.getAttribute('data-contained')).toBe('no');
    expect(screen.getByTestId('review-headline').textContent).toMatch(new RegExp(`of ${SCENARIOS.length}`));
    // Not applicable is counted apart from contained: N of the applicable ones, never of all.
    const head = /(\d+) of (\d+) applicable incidents contained.*?(\d+) of (\d+) not applicable/.exec(screen.getByTestId('review-headline').textContent ?? '');
    expect(head).not.toBeNull();
    expect(Number(head?.[2]) + Number(head?.[3])).toBe(SCENARIOS.length);
    // The blast pictures tell open doors from prompts, as the panes do, with the split bar under each.
    const pictures = screen.getAllByTestId('review-blast');
    const glyphs = new Set(pictures.flatMap((p) => [...p.querySelectorAll('[data-glyph]')].map((g) => g.getAttribute('data-glyph'))));
    expect(glyphs.has('open') || glyphs.has('prompt')).toBe(true);
    expect(glyphs.has('reachable')).toBe(false);
    for (const p of pictures) expect(p.querySelector('[data-testid^="open-score-"]')).not.toBeNull();

    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => { blob = b as Blob; return 'blob:review'; });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    fireEvent.click(screen.getByTestId('review-download'));
    const md = await (blob as Blob).text();
    expect(md).toMatch(/^# Containment review: claude-code/);
    for (const s of SCENARIOS) expect(md).toContain(`### ${s.id}: ${s.title}`);
  }, 30_000);

  it('applying a verified recommendation re-runs the catalog and shows the incident contained', async () => {
    render(<ReviewPage engine={mainThreadEngine()} />);
    paste(loose);
    fireEvent.click(screen.getByTestId('review-run'));
    await waitFor(() => expect(screen.getAllByTestId('review-rec').length).toBeGreaterThan(0), { timeout: 20_000 });
    const rec = screen.getAllByTestId('review-rec').find((r) => (r.getAttribute('data-fixes') ?? '').split(' ').includes('phished-prompt'));
    expect(rec).toBeDefined();
    // Proven on the pasted file itself: its keys, the re-run, and the incident's ordinary work.
    const proof = within(rec as HTMLElement).getByTestId('review-rec-proof').querySelector('[data-incident="phished-prompt"]');
    expect(proof?.textContent).toMatch(/Proven on your file: \(a\) real keys: yes, the patched pasted text re-imports with no new warning/);
    expect(proof?.textContent).toMatch(/\(b\) contained: re-run on the patched file: contained/);
    expect(proof?.getAttribute('data-work')).toBe('kept');
    await act(async () => { fireEvent.click(within(rec as HTMLElement).getByTestId('review-try')); });
    await waitFor(() => expect(within(rec as HTMLElement).getByTestId('review-try-result')).toBeTruthy(), { timeout: 20_000 });
    const delta = within(rec as HTMLElement).getAllByTestId('review-delta').find((d) => d.getAttribute('data-incident') === 'phished-prompt');
    expect(delta?.getAttribute('data-after')).toBe('yes');
    expect(delta?.textContent).toMatch(/→ contained/);
  }, 40_000);
  it('shows the plain summary, the file\'s findings and the keys not modeled, and the Markdown carries them', async () => {
    render(<ReviewPage engine={mainThreadEngine()} />);
    paste(JSON.stringify({ hooks: { SessionStart: [{ hooks: [{ type: 'command', command: 'bin/setup' }] }] }, apiKeyHelper: 'bin/key', sandbox: { enabled: true, netwrk: { allowedDomains: ['github.com'] } } }));
    fireEvent.click(screen.getByTestId('review-run'));
    await waitFor(() => expect(screen.getByTestId('review-findings')).toBeTruthy(), { timeout: 20_000 });
    expect(screen.getByTestId('review-plain-summary').textContent).toMatch(/^(An agent running with this file|In every incident)/);
    expect(screen.getByTestId('review-findings').textContent).toMatch(/SessionStart hook runs `bin\/setup`/);
    expect(screen.getByTestId('review-findings').textContent).toMatch(/"sandbox\.netwrk" is not a Claude Code key: probably a typo for "sandbox\.network"/);
    // Hooks are run by the engine now (layers/hooks.ts); apiKeyHelper is not.
    expect(screen.getByTestId('review-not-modeled').textContent).toContain('apiKeyHelper');
    expect(screen.getByTestId('review-not-modeled').textContent).not.toContain('hooks');
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => { blob = b as Blob; return 'blob:review'; });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    fireEvent.click(screen.getByTestId('review-download'));
    const md = await (blob as Blob).text();
    for (const heading of ['## Summary', '## Findings in the file', '## Keys not modeled']) expect(md).toContain(heading);
    expect(md).toContain('sandbox.netwrk');
  }, 40_000);
  it('shows the verify command for the pasted file as text, and copies it', async () => {
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => { writes.push(t); } } });
    render(<ReviewPage engine={mainThreadEngine()} />);
    paste(JSON.stringify({ permissions: { deny: ['Read(~/.aws/**)'] }, hooks: { Stop: [] } }));
    fireEvent.click(screen.getByTestId('review-run'));
    await waitFor(() => expect(screen.getByTestId('review-verify-command')).toBeTruthy(), { timeout: 20_000 });
    const card = screen.getByTestId('review-verify');
    expect(screen.getByTestId('review-verify-command').textContent).toBe('npx containment-lab verify project=settings.json');
    expect(card.textContent).toContain('Save the pasted text as settings.json first.');
    await act(async () => { fireEvent.click(screen.getByTestId('review-verify-copy')); });
    expect(writes).toEqual(['npx containment-lab verify project=settings.json']);
    expect(within(card).getByRole('status').textContent).toBe('Command copied.');
  }, 30_000);
});
