// A newer sweep replaces an older one in the engine too: the older call's signal is aborted, so the
// worker stops that batch instead of finishing work nobody will see.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/app/store/index.ts';
import type { CompareEngine } from '../../../src/app/store/compareSlice.ts';
import { createEngineService } from '../../../src/worker/engineService.ts';
import type { ScenarioSummary } from '../../../src/worker/protocol.ts';

describe('sweep superseded', () => {
  it('aborts the older sweep when the scope changes and a new one starts', async () => {
    const service = createEngineService('main-thread');
    const signals: AbortSignal[] = [];
    const engine: CompareEngine = {
      run: async (r) => service.run(r, { progress: () => undefined }),
      monteCarlo: async (r, onProgress) => service.monteCarlo(r, { progress: onProgress }),
      presetSweep: async (r, onProgress, signal) => {
        if (signal) signals.push(signal);
        return service.presetSweep(r, { progress: onProgress, ...(signal ? { signal } : {}) });
      },
    };
    const store = createAppStore(() => engine);
    store.getState().setCatalog(service.catalog({ progress: () => undefined }) as ScenarioSummary[]);
    await store.getState().selectScenario('phished-prompt');
    store.getState().setSweepScope('catalog');
    const first = store.getState().runSweep();
    store.getState().setSweepScope('incident');
    const second = store.getState().runSweep();
    await Promise.all([first, second]);
    expect(signals).toHaveLength(2);
    expect(signals[0]?.aborted).toBe(true);
    expect(signals[1]?.aborted).toBe(false);
    const sweep = store.getState().sweep;
    expect(sweep.status).toBe('done');
    expect(sweep.status === 'done' && sweep.result.scenarioIds).toEqual(['phished-prompt']);
  });
});
