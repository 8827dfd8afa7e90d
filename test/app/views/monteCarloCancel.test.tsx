// Cancelling a long Monte Carlo from the panel, through the real engine channel (the worker's code
// served on a MessageChannel): the running product says how far it got, the ones after it go back to
// "not run", and the engine stops and is free for the next call.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createEngineClient, type EngineClient } from '../../../src/worker/client.ts';
import { serveEngine } from '../../../src/worker/server.ts';
import { createEngineService } from '../../../src/worker/engineService.ts';
import { preset } from '../../../src/sim/profile/presets.ts';
import type { ProductProfile } from '../../../src/sim/profile/schema.ts';

const served = new Set<string>();
vi.mock('../../../src/worker/connect.ts', () => {
  let client: EngineClient | null = null;
  return {
    getEngine: () => {
      if (!client) {
        const { port1, port2 } = new MessageChannel();
        port1.start();
        port2.start();
        const service = createEngineService('worker');
        serveEngine(port2 as unknown as Parameters<typeof serveEngine>[0], {
          ...service,
          monteCarlo: async (request, ctx) => {
            try {
              return await service.monteCarlo(request, ctx);
            } finally {
              served.add(ctx.signal?.aborted ? 'aborted' : 'finished');
            }
          },
        });
        client = createEngineClient(port1 as unknown as Parameters<typeof createEngineClient>[0]);
      }
      return client;
    },
  };
});

// The shared test setup already loaded the store with the real connection; load it afresh on the mock.
vi.resetModules();
const { useAppStore } = await import('../../../src/app/store/index.ts');
const { getEngine } = await import('../../../src/worker/connect.ts');
const { MonteCarloPanel } = await import('../../../src/app/views/MonteCarloPanel.tsx');

describe('Monte Carlo cancel', () => {
  it('stops a long distribution from the panel', async () => {
    useAppStore.getState().setCatalog(await getEngine().call('catalog', []));
    await useAppStore.getState().selectScenario('approval-fatigue');
    // v1 approvals: about 60 prompts per session, hundreds of distinct paths for 1,000 seeds.
    await useAppStore.getState().setProfile('claude-code', preset('claude-code', 'v1-approvals') as ProductProfile);
    render(<MonteCarloPanel />);
    fireEvent.click(screen.getByTestId('mc-run'));
    await waitFor(() => {
      const m = useAppStore.getState().monteCarlo['claude-code'];
      expect(m.status === 'running' && m.done >= 10).toBe(true);
    }, { timeout: 20_000 });
    fireEvent.click(screen.getByTestId('mc-cancel'));
    await waitFor(() => expect(screen.getByTestId('mc-claude-code').textContent).toMatch(/Cancelled after \d+ of 1000 seeds/), { timeout: 10_000 });
    const state = useAppStore.getState().monteCarlo;
    expect(state['claude-ai'].status).toBe('done');
    expect(state['claude-code'].status).toBe('cancelled');
    expect(state.cowork.status).toBe('idle');
    expect(screen.queryByTestId('mc-cancel')).toBeNull();
    // The engine's loop saw the cancel and stopped; the next call does not wait for 1,000 seeds.
    await waitFor(() => expect(served.has('aborted')).toBe(true), { timeout: 10_000 });
    const started = performance.now();
    await getEngine().call('hello', []);
    expect(performance.now() - started).toBeLessThan(2000);
  }, 40_000);
});
