// The engine service run on the main thread, behind the facade the store expects: the same code the
// worker serves, so store and component tests exercise real runs without a Worker.
import { createAppStore } from '../../src/app/store/index.ts';
import type { CompareEngine } from '../../src/app/store/compareSlice.ts';
import { createEngineService } from '../../src/worker/engineService.ts';
import type { ScenarioSummary } from '../../src/worker/protocol.ts';

export const mainThreadService = createEngineService('main-thread');
const quiet = { progress: () => undefined };

/** Signals handed to long calls are passed through, so cancelling works as it does in the worker. */
export const mainThreadEngine: CompareEngine = {
  run: async (r) => mainThreadService.run(r, quiet),
  monteCarlo: async (r, onProgress, signal) => mainThreadService.monteCarlo(r, { progress: onProgress, ...(signal ? { signal } : {}) }),
  presetSweep: async (r, onProgress, signal) => mainThreadService.presetSweep(r, { progress: onProgress, ...(signal ? { signal } : {}) }),
};

/** A fresh store on the main-thread engine, with the incident catalog loaded. */
export function newMainThreadStore(engine: CompareEngine = mainThreadEngine) {
  const store = createAppStore(() => engine);
  store.getState().setCatalog(mainThreadService.catalog(quiet) as ScenarioSummary[]);
  return store;
}
