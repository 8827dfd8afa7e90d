// The comparison drawer against the real engine (the worker's service, on the main thread here):
// three products side by side, the learner's settings against the shipped defaults, and the chart
// with one point per preset the engine lists.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { PRODUCT_IDS } from '../../../src/sim/core/ids.ts';
import { presetsFor, shippedProfile } from '../../../src/sim/profile/presets.ts';
import { createEngineService } from '../../../src/worker/engineService.ts';
import type { ScenarioSummary } from '../../../src/worker/protocol.ts';
import { DEFAULT_PANES } from '../../../src/app/productInfo.ts';

const service = createEngineService('main-thread');
const ctx = { progress: () => undefined };

vi.mock('../../../src/app/store/index.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/app/store/index.ts')>();
  const { createEngineService: make } = await import('../../../src/worker/engineService.ts');
  const engine = make('main-thread');
  const c = { progress: () => undefined };
  return {
    ...actual,
    useAppStore: actual.createAppStore(() => ({
      run: async (r) => engine.run(r, c),
      monteCarlo: async (r) => engine.monteCarlo(r, c),
      presetSweep: async (r, onProgress) => engine.presetSweep(r, { progress: onProgress }),
    })),
  };
});

const { useAppStore } = await import('../../../src/app/store/index.ts');
const { default: ComparePanel } = await import('../../../src/app/compare/ComparePanel.tsx');
const { CompareDrawer } = await import('../../../src/app/compare/CompareDrawer.tsx');
// Sweeps run every preset in the worst case (each technique tried), so they take seconds.
const WAIT = { timeout: 45_000 };
// The shared setup resets the app's own store; this file's store (main-thread engine) is reset here.
afterEach(() => useAppStore.setState(useAppStore.getInitialState(), true));
const presetCount = PRODUCT_IDS.reduce((n, p) => n + Object.keys(presetsFor(p)).length, 0);

async function openIncident(id: string) {
  useAppStore.getState().setCatalog(service.catalog(ctx) as ScenarioSummary[]);
  await act(() => useAppStore.getState().selectScenario(id));
}

describe('ComparePanel', () => {
  it('shows the three products and, after a control change, the difference from the shipped defaults', async () => {
    await openIncident('phished-prompt');
    render(<ComparePanel />);
    for (const p of PRODUCT_IDS) expect(screen.getByTestId(`compare-${p}`)).toBeTruthy();
    // The worst case tries every technique: under the shipped settings git push to the allowlisted
    // code host carries the keys, so the shipped column is not contained.
    expect(screen.getByTestId('compare-verdict-claude-code').textContent).toBe('not contained');
    expect(screen.getByTestId('compare-diff-claude-code').textContent).toContain('shipped defaults');
    expect(screen.queryByTestId('compare-changes-claude-code')).toBeNull();

    await act(() => useAppStore.getState().setControl('claude-code', 'permissions.deny', ['Read(~/.aws/**)']));
    await act(() => useAppStore.getState().setControl('claude-code', 'sandbox.allowUnsandboxedCommands', false));
    await waitFor(() => expect(screen.getByTestId('compare-delta-claude-code')).toBeTruthy(), WAIT);
    const mine = useAppStore.getState().panes['claude-code'].run;
    const shipped = await service.run({ scenarioId: 'phished-prompt', product: 'claude-code', profile: shippedProfile('claude-code'), seed: 1, answerer: 'fatigued', answers: [], worstCase: true }, ctx);
    expect(screen.getByTestId('compare-verdict-claude-code').textContent).toBe('contained');
    expect(screen.getByTestId('compare-realized-claude-code').textContent).toBe(String(mine?.blast?.realized));
    expect(screen.getByTestId('compare-default-realized-claude-code').textContent).toBe(String(shipped.blast?.realized));
    expect(within(screen.getByTestId('compare-changes-claude-code')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Deny rules: (none) → Read(~/.aws/**)', 'Escape hatch (retry unsandboxed): on → off']);
    expect(screen.getByTestId('compare-delta-claude-code').textContent).toContain('verdict changed');
    // The other products are untouched: no second bar, no difference list.
    expect(screen.queryByTestId('compare-default-realized-cowork')).toBeNull();
    // An asset whose mark moved is flagged with its shipped mark.
    expect(screen.getByTestId('compare-claude-code').querySelector('.cmp-asset-changed')?.textContent).toMatch(/\(shipped: /);
  }, 60_000);

  it('charts one point per engine preset per product plus the learner settings, with a table and a summary', async () => {
    await openIncident('phished-prompt');
    render(<ComparePanel />);
    fireEvent.click(screen.getByTestId('compare-tab-friction'));
    await waitFor(() => expect(screen.getByTestId('friction-chart')).toBeTruthy(), WAIT);
    const realized = screen.getByTestId('friction-chart-realized');
    expect(realized.querySelectorAll('[data-point]:not([data-current])')).toHaveLength(presetCount);
    // "Your settings" are the panes on screen: the three default panes until the learner swaps one.
    expect(realized.querySelectorAll('[data-point][data-current]')).toHaveLength(DEFAULT_PANES.length);
    expect(screen.getByTestId('friction-table').querySelectorAll('tbody tr')).toHaveLength(presetCount + DEFAULT_PANES.length);
    const unattended = await service.run({ scenarioId: 'phished-prompt', product: 'claude-code', profile: presetsFor('claude-code').unattended as never, seed: 1, answerer: 'fatigued', answers: [], worstCase: true }, ctx);
    expect(realized.querySelector('[data-point="claude-code:unattended"] title')?.textContent).toContain(`realized ${unattended.blast?.realized}`);
    const row = [...screen.getByTestId('friction-table').querySelectorAll('tbody tr')].find((tr) => tr.children[0]?.textContent === 'Claude Code' && tr.children[1]?.textContent === 'unattended');
    expect([...(row?.children ?? [])].map((td) => td.textContent).slice(2)).toEqual([
      String(unattended.prompts), String(unattended.blast?.realized), String(unattended.blast?.reachable),
      String((unattended.blast?.reachable ?? 0) - (unattended.blast?.behindPrompt ?? 0)), unattended.contained ? 'contained' : 'not contained',
    ]);
    expect(screen.getByTestId('friction-summary').textContent).toContain('Claude Code, 6 presets'.replace('6', String(Object.keys(presetsFor('claude-code')).length)));

    // The whole catalog: the learner's settings are run too, and a later change marks the chart stale.
    fireEvent.click(screen.getByTestId('fc-scope-catalog'));
    await waitFor(() => expect(screen.getByTestId('friction-chart').textContent).toContain(`over ${(service.catalog(ctx) as ScenarioSummary[]).length} incidents`), WAIT);
    expect(screen.getByTestId('friction-chart-realized').querySelectorAll('[data-point]')).toHaveLength(presetCount + PRODUCT_IDS.length);
    const incidents = (service.catalog(ctx) as ScenarioSummary[]).length;
    // "N of A contained": A counts the incidents that apply; the ones that do not are named apart.
    for (const tr of screen.getByTestId('friction-table').querySelectorAll('tbody tr')) {
      const m = /^(\d+) of (\d+) contained(?: \((?:(\d+) only a prompt held)?(?:, )?(?:(\d+) not applicable)?\))?$/.exec(tr.lastElementChild?.textContent ?? '');
      expect(m, tr.textContent ?? '').not.toBeNull();
      expect(Number(m?.[2]) + Number(m?.[4] ?? 0)).toBe(incidents);
      expect(Number(m?.[1]) + Number(m?.[3] ?? 0)).toBeLessThanOrEqual(Number(m?.[2]));
    }
    await act(() => useAppStore.getState().setControl('cowork', 'otlpExport', false));
    await waitFor(() => expect(screen.getByTestId('fc-recompute')).toBeTruthy(), WAIT);
  }, 120_000);

  it('the drawer renders nothing without an incident and loads its content only when opened', async () => {
    const empty = render(<CompareDrawer />);
    expect(empty.container.innerHTML).toBe('');
    empty.unmount();
    await openIncident('vm-crash');
    render(<CompareDrawer />);
    expect(screen.queryByTestId('compare-panel')).toBeNull();
    const details = screen.getByTestId('compare-drawer') as HTMLDetailsElement;
    act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    await waitFor(() => expect(screen.getByTestId('compare-panel')).toBeTruthy(), WAIT);
  });
});
