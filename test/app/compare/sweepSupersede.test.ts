// A newer sweep replaces an older one in the engine too: the older call's signal is aborted, so the
// worker stops that batch instead of finishing work nobody will see.
import { describe, expect, it } from 'vitest';
import type { CompareEngine } from '../../../src/app/store/compareSlice.ts';
import { mainThreadEngine, newMainThreadStore } from '../mainThreadEngine.ts';

describe('sweep superseded', () => {
  it('aborts the older sweep when the scope changes and a new one starts', async () => {
    const signals: AbortSignal[] = [];
    const engine: CompareEngine = {
      ...mainThreadEngine,
      presetSweep: async (r, onProgress, signal) => {
        if (signal) signals.push(signal);
        return mainThreadEngine.presetSweep?.(r, onProgress, signal) as ReturnType<NonNullable<CompareEngine['presetSweep']>>;
      },
    };
    const store = newMainThreadStore(engine);
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
    // Every preset of every product in the worst case, each technique tried: seconds on a busy machine.
  }, 30_000);
});
