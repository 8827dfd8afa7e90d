// The comparison views: each product's shipped defaults run on the current incident (to set the
// learner's settings against), and the friction / blast-radius sweep over every preset. Actions only
// call the engine and store what comes back; a key records which settings a result belongs to, so a
// stale one is flagged and a late one dropped.
import type { StateCreator } from 'zustand';
import type { AnswererKind } from '../../sim/core/events.ts';
import { PRODUCT_IDS, type ProductId } from '../../sim/core/ids.ts';
import { shippedProfile } from '../../sim/profile/presets.ts';
import type { PaneRun, PresetSweepRequest, PresetSweepResult } from '../../worker/protocol.ts';
import { customOf, defaultAnswerer, editsOf, type EngineFacade, type PlaygroundSlice } from './playgroundSlice.ts';

export type SweepRunner = (request: PresetSweepRequest, onProgress: (done: number, total: number) => void, signal?: AbortSignal) => Promise<PresetSweepResult>;

/** The playground's engine, plus the batch call the chart needs (optional so older facades still fit). */
export type CompareEngine = EngineFacade & { presetSweep?: SweepRunner };

export type DefaultsState =
  | { status: 'idle' }
  | { status: 'running'; key: string }
  | { status: 'done'; key: string; run: PaneRun }
  | { status: 'error'; key: string; message: string };

export type SweepScope = 'incident' | 'catalog';

export type SweepState =
  | { status: 'idle' }
  | { status: 'running'; key: string; done: number; total: number }
  | { status: 'done'; key: string; result: PresetSweepResult }
  | { status: 'error'; key: string; message: string };

export interface CompareSlice {
  compareDefaults: Record<ProductId, DefaultsState>;
  sweep: SweepState;
  sweepScope: SweepScope;
  /** Run each product's shipped profile on the current incident, unless already done for it. */
  runDefaults(): Promise<void>;
  setSweepScope(scope: SweepScope): void;
  /** Run the preset sweep for the current scope, unless a result for these settings exists. */
  runSweep(options?: { force?: boolean }): Promise<void>;
}

type Playground = Pick<PlaygroundSlice, 'scenarioId' | 'customScenario' | 'seed' | 'worstCase' | 'profiles' | 'answerers' | 'catalog' | 'fileEdits'>;

/** A batch cannot stop to ask the learner, so a learner-answered product uses its default answerer. */
export function batchAnswerers(answerers: Record<ProductId, AnswererKind>): Record<ProductId, Exclude<AnswererKind, 'learner'>> {
  return Object.fromEntries(PRODUCT_IDS.map((p) => {
    const a = answerers[p];
    return [p, a === 'learner' ? defaultAnswerer(p) : a];
  })) as Record<ProductId, Exclude<AnswererKind, 'learner'>>;
}

/** The learner's file edits, if any: the defaults and the presets run on the same files as the panes. */

/** What a defaults run depends on: the incident, its edited files, seed and worst case (the profile is the shipped one). */
export function defaultsKey(s: Playground): string {
  return JSON.stringify([s.scenarioId, customOf(s), s.fileEdits, s.seed, s.worstCase]);
}

/**
 * What a sweep depends on. On one incident the learner's own point comes from the panes, so the
 * profiles are left out (a control change does not redo the presets); over the catalog they are run.
 */
export function sweepKey(s: Playground, scope: SweepScope): string {
  const where = scope === 'incident' ? [s.scenarioId, customOf(s), s.fileEdits] : [s.catalog.map((c) => c.id), s.profiles];
  return JSON.stringify([scope, where, s.seed, s.worstCase, batchAnswerers(s.answerers)]);
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const createCompareSlice = (engine: () => CompareEngine): StateCreator<CompareSlice & PlaygroundSlice, [], [], CompareSlice> => (set, get) => {
  let sweepRun: AbortController | null = null;
  return {
    compareDefaults: Object.fromEntries(PRODUCT_IDS.map((p) => [p, { status: 'idle' }])) as Record<ProductId, DefaultsState>,
    sweep: { status: 'idle' },
    sweepScope: 'incident',

    async runDefaults() {
      const s = get();
      if (!s.scenarioId) return;
      const key = defaultsKey(s);
      const setOne = (p: ProductId, state: DefaultsState) => set((st) => ({ compareDefaults: { ...st.compareDefaults, [p]: state } }));
      await Promise.all(PRODUCT_IDS.map(async (product) => {
        const before = get().compareDefaults[product];
        if (before.status !== 'idle' && before.status !== 'error' && before.key === key) return;
        setOne(product, { status: 'running', key });
        try {
          const run = await engine().run({
            scenarioId: s.scenarioId as string, product, profile: shippedProfile(product), seed: s.seed,
            answerer: defaultAnswerer(product), answers: [], worstCase: s.worstCase, ...customOf(s), ...editsOf(s, product),
          });
          if (defaultsKey(get()) === key) setOne(product, { status: 'done', key, run });
        } catch (error) {
          if (defaultsKey(get()) === key) setOne(product, { status: 'error', key, message: message(error) });
        }
      }));
    },

    setSweepScope: (sweepScope) => set({ sweepScope }),

    async runSweep(options = {}) {
      const s = get();
      if (!s.scenarioId) return;
      const scope = s.sweepScope;
      const key = sweepKey(s, scope);
      const before = s.sweep;
      if (!options.force && before.status !== 'idle' && before.status !== 'error' && before.key === key) return;
      const sweep = engine().presetSweep;
      if (!sweep) {
        set({ sweep: { status: 'error', key, message: 'this engine cannot run a preset sweep' } });
        return;
      }
      const request: PresetSweepRequest = {
        scenarioIds: scope === 'incident' ? [s.scenarioId] : s.catalog.map((c) => c.id),
        seed: s.seed, worstCase: s.worstCase, answerers: batchAnswerers(s.answerers),
        ...(scope === 'incident' ? { ...customOf(s), fileOverrides: s.fileEdits } : { current: s.profiles }),
      };
      set({ sweep: { status: 'running', key, done: 0, total: 0 } });
      // A newer sweep replaces this one: tell the engine to stop the old batch rather than finish it.
      sweepRun?.abort();
      const controller = new AbortController();
      sweepRun = controller;
      const live = () => { const now = get().sweep; return now.status === 'running' && now.key === key; };
      try {
        const result = await sweep(request, (done, total) => { if (live()) set({ sweep: { status: 'running', key, done, total } }); }, controller.signal);
        if (live()) set({ sweep: { status: 'done', key, result } });
      } catch (error) {
        if (live() && !controller.signal.aborted) set({ sweep: { status: 'error', key, message: message(error) } });
      } finally {
        if (sweepRun === controller) sweepRun = null;
      }
    },
  };
};
