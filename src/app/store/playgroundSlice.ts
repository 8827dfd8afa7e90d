// The playground: which scenario runs, the settings of each product, the runs' results, the
// timeline position. Actions only call the engine (through an injected client) and store what
// comes back; nothing here decides an outcome.
import type { StateCreator } from 'zustand';
import type { AnswererKind } from '../../sim/core/events.ts';
import { PRODUCT_IDS, type ProductId } from '../../sim/core/ids.ts';
import { productCard } from '../../sim/products/cards.ts';
import { DEFAULT_PANES } from '../productInfo.ts';
import type { ProductProfile } from '../../sim/profile/schema.ts';
import { shippedProfile } from '../../sim/profile/presets.ts';
import { getAtPath, setAtPath } from '../../sim/profile/controlPath.ts';
import { encodeFileEdits } from '../share/fileEditsLink.ts';
import type { MonteCarloRequest, MonteCarloSummary, PaneRun, RunRequest, ScenarioSummary } from '../../worker/protocol.ts';

export interface PaneState {
  run: PaneRun | null;
  running: boolean;
  error: string | null;
  /** Increments when a control change flipped the verdict, so the view can highlight it. */
  flips: number;
  /** Completed runs, so a test or benchmark can tell a fresh result from the previous one. */
  completed: number;
}

export type Runner = (request: RunRequest) => Promise<PaneRun>;
export type MonteCarloRunner = (request: MonteCarloRequest, onProgress: (done: number, total: number) => void, signal?: AbortSignal) => Promise<MonteCarloSummary>;

export interface EngineFacade {
  run: Runner;
  monteCarlo: MonteCarloRunner;
}

export type MonteCarloState =
  | { status: 'idle' }
  /** `startedAt` (ms, page clock) lets the panel estimate the time left. */
  | { status: 'running'; done: number; total: number; startedAt: number }
  | { status: 'cancelled'; done: number; total: number }
  | { status: 'done'; result: MonteCarloSummary; key: string }
  | { status: 'error'; message: string };

/** Everything a share link carries. */
export interface PlaygroundSnapshot {
  scenarioId: string | null;
  seed: number;
  worstCase: boolean;
  profiles: Record<ProductId, ProductProfile>;
  answerers: Record<ProductId, AnswererKind>;
  step: number | null;
  /**
   * Saved file edits per product with their link form. Given: the panes run with exactly these
   * (none for a product left out). Absent: edits are kept unless the scenario changes.
   */
  linkedFileEdits?: Partial<Record<ProductId, LinkedFileEdits>>;
  /** The products the panes show, left to right (from a link). Absent: the panes stay as they are. */
  shown?: ProductId[];
}

export interface LinkedFileEdits {
  edits: Record<string, string>;
  /** The same edits as a `<product>.files=` value (src/app/share/fileEditsLink.ts). */
  link: string;
}

export interface CustomScenario {
  /** `custom:<id>`, so it never collides with a built-in incident id. */
  scenarioId: string;
  title: string;
  explanation: string;
  /** The authored JSON as sent to the engine. */
  spec: unknown;
  /** The same scenario as a `#scenario=` value (src/app/authoring/scenarioLink.ts), for share links. */
  linkParam?: string;
}

/** The authored scenario if it is the one selected, as the request field the engine reads. */
export const customOf = (s: Pick<PlaygroundSlice, 'scenarioId' | 'customScenario'>) =>
  (s.customScenario && s.customScenario.scenarioId === s.scenarioId ? { custom: s.customScenario.spec } : {});

/** The product's saved file edits as the request field the engine reads (absent when there are none). */
export const editsOf = (s: Pick<PlaygroundSlice, 'fileEdits'>, product: ProductId) =>
  (Object.keys(s.fileEdits[product]).length > 0 ? { fileOverrides: s.fileEdits[product] } : {});

export interface PlaygroundSlice {
  catalog: ScenarioSummary[];
  scenarioId: string | null;
  seed: number;
  worstCase: boolean;
  profiles: Record<ProductId, ProductProfile>;
  answerers: Record<ProductId, AnswererKind>;
  answers: Record<ProductId, boolean[]>;
  panes: Record<ProductId, PaneState>;
  /** The products in the playground's panes, left to right (the learner can swap one for another). */
  shown: ProductId[];
  step: number;
  playing: boolean;
  notices: string[];
  monteCarlo: Record<ProductId, MonteCarloState>;
  /** An authored scenario; runs whenever `scenarioId` is its `scenarioId` (see src/app/authoring). */
  customScenario: CustomScenario | null;
  /** Files the learner edited and saved in a product's world (path -> text), applied to its next runs. */
  fileEdits: Record<ProductId, Record<string, string>>;
  /** `fileEdits` in link form, per product ('' when none), kept in step for share links. */
  fileEditLinks: Record<ProductId, string>;
  /**
   * How many open views (the Files and Terminal tabs) need the product's world files. Only then does a
   * run snapshot and post them to the page; a control toggle with no such tab open carries the log alone.
   */
  filesWanted: Record<ProductId, number>;

  /**
   * A view that shows the product's world files opened: its runs carry files from now on (the current
   * run is re-made with them if it has none). Returns the release to call when the view closes.
   */
  wantFiles(product: ProductId): () => void;
  /**
   * The pane's run for exactly this request (finished or on its way), or null when the pane shows
   * something else: a lesson's goal check takes the run its panes already made instead of a second one.
   */
  paneRunFor(request: RunRequest): Promise<PaneRun> | null;

  /** Keep a saved file edit for this product's world and re-run it with the edit in place. */
  saveFileEdit(product: ProductId, path: string, text: string): Promise<void>;
  /** Drop the product's file edits and re-run on the scenario's own files. */
  discardFileEdits(product: ProductId): Promise<void>;
  runMonteCarlo(seeds: number): Promise<void>;
  /** Stop a running Monte Carlo; products already done keep their distribution. */
  cancelMonteCarlo(): void;
  setCatalog(catalog: ScenarioSummary[]): void;
  selectScenario(id: string | null): Promise<void>;
  setSeed(seed: number): Promise<void>;
  setWorstCase(worstCase: boolean): Promise<void>;
  setControl(product: ProductId, path: string, value: unknown): Promise<void>;
  resetControl(product: ProductId, path: string): Promise<void>;
  setProfile(product: ProductId, profile: ProductProfile): Promise<void>;
  setAnswerer(product: ProductId, answerer: AnswererKind): Promise<void>;
  answer(product: ProductId, approved: boolean): Promise<void>;
  rerun(product: ProductId): Promise<void>;
  rerunAll(): Promise<void>;
  /** Put `product` in pane `index` (a product already shown swaps places with the one there). */
  showProduct(index: number, product: ProductId): Promise<void>;
  seek(step: number): void;
  setPlaying(playing: boolean): void;
  /** Replace the whole shareable state at once (share links, back/forward) and run once. */
  applySnapshot(snapshot: PlaygroundSnapshot): Promise<void>;
  /** Run an authored scenario (already validated on the page; the worker validates again). */
  runCustomScenario(custom: CustomScenario): Promise<void>;
  addNotices(notices: string[]): void;
  dismissNotice(index: number): void;
}

/** What a run depends on: the request without `withFiles` (which only adds the world's files). */
export function runKey(request: RunRequest): string {
  const { withFiles: _files, ...rest } = request;
  return JSON.stringify([rest.scenarioId, rest.product, rest.profile, rest.seed, rest.answerer, rest.answers, rest.worstCase, rest.custom ?? null, rest.fileOverrides ?? null]);
}

export const perProduct = <T>(make: (p: ProductId) => T) => Object.fromEntries(PRODUCT_IDS.map((p) => [p, make(p)])) as Record<ProductId, T>;
const emptyPane = (): PaneState => ({ run: null, running: false, error: null, flips: 0, completed: 0 });

export const defaultAnswerer = (product: ProductId): AnswererKind => productCard(product).defaultAnswerer;

/** The last step of any pane's run (panes that are not shown have no run). */
export function maxStepOf(panes: Record<ProductId, PaneState>): number {
  return Math.max(0, ...PRODUCT_IDS.map((p) => panes[p].run?.maxStep ?? 0));
}

/** Identifies the settings a Monte Carlo result belongs to, so a stale result can be flagged. */
export function monteCarloKey(s: Pick<PlaygroundSlice, 'scenarioId' | 'profiles' | 'answerers' | 'worstCase' | 'fileEdits'>, product: ProductId): string {
  return JSON.stringify([s.scenarioId, s.profiles[product], s.answerers[product], s.worstCase, s.fileEdits[product]]);
}

// The shipped profile, read-only: `shippedProfile` builds every preset of the product afresh, and the
// controls ask for each control on every render of a pane.
const shippedCache = new Map<ProductId, ProductProfile>();
function shippedReadOnly(product: ProductId): ProductProfile {
  let hit = shippedCache.get(product);
  if (!hit) { hit = shippedProfile(product); shippedCache.set(product, hit); }
  return hit;
}

export function isControlChanged(profile: ProductProfile, product: ProductId, path: string): boolean {
  return JSON.stringify(getAtPath(profile, path)) !== JSON.stringify(getAtPath(shippedReadOnly(product), path));
}

export const createPlaygroundSlice = (engine: () => EngineFacade): StateCreator<PlaygroundSlice, [], [], PlaygroundSlice> => (set, get) => {
  // Latest request per product: an older answer arriving late must not overwrite a newer one.
  const tokens = perProduct(() => 0);
  // Each pane's latest run, keyed by what it was asked (files aside: they do not change the run).
  const latestRun = perProduct((): { key: string; run: Promise<PaneRun> } | null => null);
  // The Monte Carlo in progress. Aborted with 'user' from the Cancel button, or 'superseded' when
  // the scenario or a new distribution replaces it (its panel state is reset elsewhere then).
  let monteCarloRun: AbortController | null = null;
  const stopMonteCarlo = (reason: 'user' | 'superseded') => {
    monteCarloRun?.abort(reason);
    monteCarloRun = null;
  };

  function requestFor(s: PlaygroundSlice, product: ProductId, scenarioId: string): RunRequest {
    return {
      scenarioId, product, profile: s.profiles[product], seed: s.seed,
      answerer: s.answerers[product], answers: s.answers[product], worstCase: s.worstCase, ...customOf(s),
      withFiles: s.filesWanted[product] > 0,
      ...editsOf(s, product),
    };
  }

  async function rerun(product: ProductId) {
    const s = get();
    if (!s.scenarioId) return;
    const token = ++tokens[product];
    const request = requestFor(s, product, s.scenarioId);
    set((st) => ({ panes: { ...st.panes, [product]: { ...st.panes[product], running: true, error: null } } }));
    try {
      const pending = engine().run(request);
      latestRun[product] = { key: runKey(request), run: pending };
      pending.catch(() => undefined);
      const run = await pending;
      if (token !== tokens[product]) return;
      set((st) => {
        const before = st.panes[product];
        const flipped = before.run !== null && before.run.contained !== run.contained;
        const panes = { ...st.panes, [product]: { run, running: false, error: null, flips: before.flips + (flipped ? 1 : 0), completed: before.completed + 1 } };
        return { panes, step: Math.min(Math.max(st.step, 0), maxStepOf(panes)) };
      });
      // A Files or Terminal tab opened while this run (made without files) was on its way.
      if (run.files === undefined && get().filesWanted[product] > 0) void rerun(product);
    } catch (error) {
      if (token !== tokens[product]) return;
      const message = error instanceof Error ? error.message : String(error);
      set((st) => ({ panes: { ...st.panes, [product]: { ...st.panes[product], running: false, error: message } } }));
    }
  }

  const rerunAll = () => Promise.all(get().shown.map(rerun)).then(() => undefined);
  /** The pane already shows the run its current settings would make (so re-running it changes nothing). */
  const upToDate = (s: PlaygroundSlice, p: ProductId): boolean => {
    const pane = s.panes[p];
    if (!s.scenarioId || pane.run === null || pane.error !== null) return false;
    const request = requestFor(s, p, s.scenarioId);
    return !(request.withFiles === true && pane.run.files === undefined) && latestRun[p]?.key === runKey(request);
  };

  return {
    catalog: [],
    scenarioId: null,
    seed: 1,
    worstCase: true,
    profiles: perProduct(shippedProfile),
    answerers: perProduct(defaultAnswerer),
    answers: perProduct(() => []),
    panes: perProduct(emptyPane),
    shown: [...DEFAULT_PANES],
    step: 0,
    playing: false,
    notices: [],
    monteCarlo: perProduct(() => ({ status: 'idle' })),
    customScenario: null,
    fileEdits: perProduct(() => ({})),
    fileEditLinks: perProduct(() => ''),
    filesWanted: perProduct(() => 0),
    paneRunFor(request) {
      const latest = latestRun[request.product];
      return latest !== null && latest.key === runKey(request) ? latest.run : null;
    },
    wantFiles(product) {
      set((st) => ({ filesWanted: { ...st.filesWanted, [product]: st.filesWanted[product] + 1 } }));
      const pane = get().panes[product];
      if (pane.run !== null && pane.run.files === undefined && !pane.running) void rerun(product);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        set((st) => ({ filesWanted: { ...st.filesWanted, [product]: Math.max(0, st.filesWanted[product] - 1) } }));
      };
    },
    async saveFileEdit(product, path, text) {
      set((st) => ({ fileEdits: { ...st.fileEdits, [product]: { ...st.fileEdits[product], [path]: text } }, answers: { ...st.answers, [product]: [] } }));
      const edits = get().fileEdits[product];
      // Compression is asynchronous; the link catches up unless a newer edit or a discard came first.
      const linked = encodeFileEdits(edits).then((link) => {
        if (get().fileEdits[product] === edits) set((st) => ({ fileEditLinks: { ...st.fileEditLinks, [product]: link } }));
      });
      await Promise.all([rerun(product), linked]);
    },
    async discardFileEdits(product) {
      set((st) => ({ fileEdits: { ...st.fileEdits, [product]: {} }, fileEditLinks: { ...st.fileEditLinks, [product]: '' }, answers: { ...st.answers, [product]: [] } }));
      await rerun(product);
    },

    async runMonteCarlo(seeds) {
      const s = get();
      if (!s.scenarioId) return;
      const scenarioId = s.scenarioId;
      stopMonteCarlo('superseded');
      const controller = new AbortController();
      monteCarloRun = controller;
      const setMc = (product: ProductId, state: MonteCarloState) => {
        if (monteCarloRun === controller) set((st) => ({ monteCarlo: { ...st.monteCarlo, [product]: state } }));
      };
      // One product at a time: the worker is one thread, and sequential runs give steady progress.
      const shown = get().shown;
      for (const [index, product] of shown.entries()) {
        const { profiles, answerers, worstCase } = get();
        let done = 0;
        const startedAt = Date.now();
        setMc(product, { status: 'running', done, total: seeds, startedAt });
        try {
          const result = await engine().monteCarlo(
            { scenarioId, product, profile: profiles[product], answerer: answerers[product], seeds, worstCase, ...customOf(get()), ...editsOf(get(), product) },
            (d, total) => { done = d; setMc(product, { status: 'running', done: d, total, startedAt }); },
            controller.signal,
          );
          setMc(product, { status: 'done', result, key: monteCarloKey(get(), product) });
        } catch (error) {
          if (controller.signal.aborted) {
            if (controller.signal.reason === 'user') {
              set((st) => ({
                monteCarlo: {
                  ...st.monteCarlo,
                  [product]: { status: 'cancelled', done, total: seeds },
                  ...Object.fromEntries(shown.slice(index + 1).map((p) => [p, { status: 'idle' }])),
                },
              }));
            }
            return;
          }
          setMc(product, { status: 'error', message: error instanceof Error ? error.message : String(error) });
        }
      }
      if (monteCarloRun === controller) monteCarloRun = null;
    },
    cancelMonteCarlo: () => stopMonteCarlo('user'),
    setCatalog: (catalog) => set({ catalog }),
    async selectScenario(id) {
      // Edits belong to one scenario's files; another scenario starts from its own.
      stopMonteCarlo('superseded');
      if (id !== get().scenarioId) set({ fileEdits: perProduct(() => ({})), fileEditLinks: perProduct(() => '') });
      set({ scenarioId: id, answers: perProduct(() => []), panes: perProduct(emptyPane), step: 0, playing: false, monteCarlo: perProduct(() => ({ status: 'idle' })) });
      await rerunAll();
      // A fresh scenario opens at its end state: the verdict first, then the learner rewinds.
      set((st) => ({ step: maxStepOf(st.panes) }));
    },
    async setSeed(seed) {
      set({ seed, answers: perProduct(() => []) });
      await rerunAll();
    },
    async setWorstCase(worstCase) {
      set({ worstCase, answers: perProduct(() => []) });
      await rerunAll();
    },
    async setControl(product, path, value) {
      if (path === 'run.answerer') return get().setAnswerer(product, value as AnswererKind);
      set((st) => ({
        profiles: { ...st.profiles, [product]: setAtPath(st.profiles[product], path, value) },
        answers: { ...st.answers, [product]: [] },
      }));
      await rerun(product);
    },
    async resetControl(product, path) {
      if (path === 'run.answerer') return get().setAnswerer(product, defaultAnswerer(product));
      return get().setControl(product, path, structuredClone(getAtPath(shippedProfile(product), path)));
    },
    async setProfile(product, profile) {
      set((st) => ({ profiles: { ...st.profiles, [product]: profile }, answers: { ...st.answers, [product]: [] } }));
      await rerun(product);
    },
    async setAnswerer(product, answerer) {
      set((st) => ({ answerers: { ...st.answerers, [product]: answerer }, answers: { ...st.answers, [product]: [] } }));
      await rerun(product);
    },
    async answer(product, approved) {
      set((st) => ({ answers: { ...st.answers, [product]: [...st.answers[product], approved] } }));
      await rerun(product);
      set((st) => ({ step: maxStepOf(st.panes) }));
    },
    rerun,
    rerunAll,
    showProduct: async (index, product) => {
      const shown = [...get().shown];
      if (index < 0 || index >= shown.length || shown[index] === product) return;
      const was = shown.indexOf(product);
      if (was >= 0) shown[was] = shown[index] as ProductId;
      shown[index] = product;
      // A pane that leaves the playground keeps no stale run; the one coming in runs now.
      const gone = get().shown.filter((p) => !shown.includes(p));
      set((st) => ({ shown, panes: { ...st.panes, ...Object.fromEntries(gone.map((p) => [p, emptyPane()])) } }));
      if (was < 0) await rerun(product);
    },
    seek: (step) => set((st) => ({ step: Math.max(0, Math.min(step, maxStepOf(st.panes))) })),
    setPlaying: (playing) => set({ playing }),
    async applySnapshot(snap) {
      stopMonteCarlo('superseded');
      const linked = snap.linkedFileEdits;
      if (linked) {
        set({
          fileEdits: perProduct((p) => linked[p]?.edits ?? {}),
          fileEditLinks: perProduct((p) => linked[p]?.link ?? ''),
        });
      } else if (snap.scenarioId !== get().scenarioId) {
        set({ fileEdits: perProduct(() => ({})), fileEditLinks: perProduct(() => '') });
      }
      set({
        scenarioId: snap.scenarioId, seed: snap.seed, worstCase: snap.worstCase, profiles: snap.profiles, answerers: snap.answerers,
        answers: perProduct(() => []), playing: false, step: 0, monteCarlo: perProduct(() => ({ status: 'idle' })),
      });
      const shown = snap.shown;
      if (shown && shown.join() !== get().shown.join()) {
        // A pane that leaves keeps no stale run; the ones coming in run below.
        set((st) => ({ shown: [...shown], panes: perProduct((p) => (shown.includes(p) && st.shown.includes(p) ? st.panes[p] : emptyPane())) }));
      }
      // A lesson control or a link that changes one pane re-runs that pane alone; the others keep their run.
      const keep = new Set(get().shown.filter((p) => upToDate(get(), p)));
      set((st) => ({ panes: perProduct((p) => (keep.has(p) ? st.panes[p] : emptyPane())) }));
      await Promise.all(get().shown.filter((p) => !keep.has(p)).map(rerun));
      set((st) => ({ step: snap.step === null ? maxStepOf(st.panes) : Math.min(snap.step, maxStepOf(st.panes)) }));
    },
    async runCustomScenario(custom) {
      set({ customScenario: custom });
      await get().selectScenario(custom.scenarioId);
    },
    addNotices: (notices) => set((st) => ({ notices: [...st.notices, ...notices] })),
    dismissNotice: (index) => set((st) => ({ notices: st.notices.filter((_, i) => i !== index) })),
  };
};
