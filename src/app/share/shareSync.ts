// Keeps the URL hash and the playground in step: readable `key=value` pairs for the incident, seed,
// step and every control that differs from the product's shipped default, e.g.
// `#v=1&incident=phished-prompt&claude-code.sandbox.enabled=off&seed=3`. A link with bad values
// opens with defaults for those keys and a notice; back/forward re-applies the earlier state.
import { PRODUCT_IDS, type ProductId } from '../../sim/core/ids.ts';
import type { AnswererKind } from '../../sim/core/events.ts';
import { shippedProfile } from '../../sim/profile/presets.ts';
import { getAtPath, setAtPath } from '../../sim/profile/controlPath.ts';
import { CONTROLS, ANSWERERS } from '../controls/controlTable.ts';
import { defaultAnswerer, type CustomScenario, type PlaygroundSlice, type PlaygroundSnapshot } from '../store/playgroundSlice.ts';
import type { AppMode, PresenterPhase, PresenterSlice } from '../store/presenterSlice.ts';
import { parseHash, serializeHash, type FieldSpec, type HashTable, type HashValues } from './hashState.ts';
import { LESSON_FIELD, withLesson } from '../lessons/lessonLink.ts';
import { isPageHash } from '../review/viewRoute.ts';
import { decodeFileEdits } from './fileEditsLink.ts';
import { DEFAULT_PANES } from '../productInfo.ts';

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

function controlField(product: ProductId, path: string): FieldSpec | null {
  const spec = CONTROLS[product].find((c) => c.path === path);
  if (!spec) return null;
  if (path === 'run.answerer') return { kind: 'enum', values: ANSWERERS.map((a) => a.value), default: defaultAnswerer(product) };
  const def = getAtPath(shippedProfile(product), path);
  switch (spec.kind) {
    case 'bool': return { kind: 'bool', default: def === true };
    case 'enum': return { kind: 'enum', values: spec.options.map((o) => o.value), default: String(def) };
    case 'rate': return { kind: 'rate', default: typeof def === 'number' ? def : 0 };
    case 'list': return { kind: 'list', default: Array.isArray(def) ? (def as string[]) : [] };
  }
}

export const filesKey = (product: ProductId) => `${product}.files`;

export function buildShareTable(): HashTable {
  const table: HashTable = {
    incident: { kind: 'text', default: '', pattern: ID_PATTERN },
    seed: { kind: 'int', min: 0, max: 1_000_000_000, default: 1 },
    worst: { kind: 'bool', default: true },
    step: { kind: 'int', min: 0, max: 100_000, default: 0 },
    mode: { kind: 'enum', values: ['play', 'present'], default: 'play' },
    // Presenter only: the room is in the "what happens next?" pause at `step`.
    pause: { kind: 'bool', default: false },
    lesson: LESSON_FIELD,
    // An authored scenario travels whole (compressed JSON, base64url; see src/app/authoring/scenarioLink.ts).
    scenario: { kind: 'text', default: '', pattern: /^[A-Za-z0-9_-]{1,60000}$/ },
    // Which product each pane shows, left to right (a learner can swap the devcontainer into one).
    panes: { kind: 'list', default: DEFAULT_PANES, item: (v) => ((PRODUCT_IDS as readonly string[]).includes(v) ? null : `is not a product (products: ${PRODUCT_IDS.join(', ')})`) },
  };
  for (const product of PRODUCT_IDS) {
    for (const control of CONTROLS[product]) {
      const field = controlField(product, control.path);
      if (field) table[`${product}.${control.path}`] = field;
    }
  }
  // Saved file edits, compressed (src/app/share/fileEditsLink.ts), last because they are the longest.
  for (const product of PRODUCT_IDS) table[filesKey(product)] = { kind: 'text', default: '', pattern: /^[A-Za-z0-9_-]{1,60000}$/ };
  return table;
}

const TABLE = buildShareTable();

type ShareState = Pick<PlaygroundSlice, 'scenarioId' | 'seed' | 'worstCase' | 'profiles' | 'answerers' | 'step'> & {
  shown?: readonly ProductId[];
  mode?: AppMode;
  phase?: PresenterPhase;
  customScenario?: CustomScenario | null;
  fileEditLinks?: Partial<Record<ProductId, string>>;
};

/** The authored scenario on screen, when there is one and it can travel in a link. */
function activeCustom(state: Pick<ShareState, 'scenarioId' | 'customScenario'>): CustomScenario | null {
  const c = state.customScenario;
  return c && c.scenarioId === state.scenarioId && c.linkParam ? c : null;
}

export function stateToHash(state: ShareState): string {
  const custom = activeCustom(state);
  const values: HashValues = {
    incident: custom ? '' : state.scenarioId ?? '', scenario: custom?.linkParam ?? '',
    seed: state.seed, worst: state.worstCase, step: state.step, mode: state.mode ?? 'play',
    pause: state.mode === 'present' && state.phase === 'ask',
    panes: [...(state.shown ?? DEFAULT_PANES)],
  };
  for (const product of PRODUCT_IDS) {
    for (const control of CONTROLS[product]) {
      const key = `${product}.${control.path}`;
      const value = control.path === 'run.answerer' ? state.answerers[product] : getAtPath(state.profiles[product], control.path);
      if (value !== undefined) values[key] = value as HashValues[string];
    }
    values[filesKey(product)] = state.fileEditLinks?.[product] ?? '';
  }
  return serializeHash(values, TABLE, state.scenarioId ? ['step'] : []);
}

export interface HashReading {
  snapshot: PlaygroundSnapshot;
  mode: AppMode;
  /** A presenter link's position: paused before the step's verdicts. */
  pause: boolean;
  notices: string[];
  /** Compressed file edits per product as found in the link, still to be decoded (decodeLinkedEdits). */
  fileEditParams: Partial<Record<ProductId, string>>;
}

export function hashToSnapshot(hash: string, knownIncidents: readonly string[], custom: CustomScenario | null = null): HashReading {
  const { values, explicit, notices } = parseHash(hash, TABLE);
  let scenarioId = (values.incident as string) || null;
  const scenarioParam = values.scenario as string;
  if (scenarioParam !== '') {
    // Opening a scenario link is the authoring entry's job (it decodes and validates); here only the
    // scenario already loaded can be matched, e.g. when back/forward returns to it.
    if (custom?.linkParam === scenarioParam) scenarioId = custom.scenarioId;
    else notices.push('The link carries a different authored scenario than the one loaded; reload the page to open it');
  }
  if (scenarioId && knownIncidents.length > 0 && !knownIncidents.includes(scenarioId)) {
    notices.push(`The link names an unknown incident "${scenarioId}"; known incidents: ${knownIncidents.join(', ')}`);
    scenarioId = null;
  }
  const profiles = Object.fromEntries(PRODUCT_IDS.map((p) => [p, shippedProfile(p)])) as PlaygroundSnapshot['profiles'];
  const answerers = Object.fromEntries(PRODUCT_IDS.map((p) => [p, defaultAnswerer(p)])) as Record<ProductId, AnswererKind>;
  for (const product of PRODUCT_IDS) {
    for (const control of CONTROLS[product]) {
      const key = `${product}.${control.path}`;
      if (!explicit.has(key)) continue;
      if (control.path === 'run.answerer') answerers[product] = values[key] as AnswererKind;
      else profiles[product] = setAtPath(profiles[product], control.path, values[key]);
    }
  }
  const fileEditParams: Partial<Record<ProductId, string>> = {};
  for (const product of PRODUCT_IDS) {
    if (explicit.has(filesKey(product))) fileEditParams[product] = values[filesKey(product)] as string;
  }
  let shown = [...DEFAULT_PANES];
  if (explicit.has('panes')) {
    const listed = values.panes as ProductId[];
    if (listed.length === DEFAULT_PANES.length && new Set(listed).size === listed.length) shown = listed;
    else notices.push(`panes=${listed.join(',')} must name ${DEFAULT_PANES.length} different products; showing ${DEFAULT_PANES.join(', ')}`);
  }
  return {
    snapshot: {
      scenarioId, seed: values.seed as number, worstCase: values.worst as boolean, profiles, answerers,
      step: explicit.has('step') ? (values.step as number) : null,
      shown,
    },
    mode: values.mode as AppMode,
    pause: values.pause as boolean,
    notices,
    fileEditParams,
  };
}

/**
 * Decodes the file edits a link carries. A damaged value becomes a notice and that product opens
 * on the scenario's own files; the others keep theirs.
 */
export async function decodeLinkedEdits(params: Partial<Record<ProductId, string>>): Promise<{ linked: NonNullable<PlaygroundSnapshot['linkedFileEdits']>; notices: string[] }> {
  const linked: NonNullable<PlaygroundSnapshot['linkedFileEdits']> = {};
  const notices: string[] = [];
  for (const product of PRODUCT_IDS) {
    const link = params[product];
    if (!link) continue;
    const decoded = await decodeFileEdits(link, filesKey(product));
    if (decoded.ok) linked[product] = { edits: decoded.edits, link };
    else notices.push(`${decoded.message}; the ${product} pane runs on the scenario's own files`);
  }
  return { linked, notices };
}

type SyncedState = PlaygroundSlice & PresenterSlice;

interface StoreLike {
  getState(): SyncedState;
  subscribe(listener: (state: SyncedState, prev: SyncedState) => void): () => void;
}

/**
 * Applies the page's hash once the incident catalog is known, then mirrors state changes into the
 * hash: a new history entry for a change a learner made, a replaced entry for timeline movement.
 */
export function startShareSync(store: StoreLike, win: Window = window): () => void {
  let applying = false;
  // Nothing is mirrored into the URL until the link the page opened with has been applied.
  let ready = false;
  let lastHash = '';
  // Set on stop: an apply still awaiting the engine must not write the hash of a page that left.
  let stopped = false;
  // The lesson runner owns `lesson=`; every hash written here keeps the one the page shows.
  const shownLesson = () => /(?:^#|&)lesson=([a-z0-9-]+)/.exec(win.location.hash)?.[1];
  const keepLesson = (hash: string) => {
    const id = shownLesson();
    return id ? withLesson(hash, id) : hash;
  };

  const apply = async () => {
    const { snapshot, mode, pause, notices, fileEditParams } = hashToSnapshot(win.location.hash, store.getState().catalog.map((c) => c.id), store.getState().customScenario);
    applying = true;
    try {
      // Only a link with edits waits for decompression: an await here would let anything the page
      // applies meanwhile (a lesson opening its incident) run first and then be overwritten.
      const { linked, notices: editNotices } = Object.keys(fileEditParams).length > 0 ? await decodeLinkedEdits(fileEditParams) : { linked: {}, notices: [] };
      notices.push(...editNotices);
      if (notices.length > 0) store.getState().addNotices(notices.map((n) => `Share link: ${n}`));
      // A lesson link is the lesson runner's to show: a lesson is its own world (its incident, seed
      // and all three products at its start), whatever else the link collected. Applying the link's
      // playground here would race it.
      const lessonOwns = shownLesson() !== undefined;
      // Edits belong to the scenario the link names; without one there is nothing to edit.
      if (!lessonOwns) await store.getState().applySnapshot({ ...snapshot, linkedFileEdits: snapshot.scenarioId ? linked : {} });
      // A presenter link opens where the presenter was (pause included); without a step, at the start.
      if (mode === 'present') store.getState().setMode('present', snapshot.step === null ? undefined : { step: snapshot.step, phase: pause ? 'ask' : 'reveal' });
      else if (store.getState().mode !== mode) store.getState().setMode(mode);
    } finally {
      applying = false;
    }
    if (stopped || isPageHash(win.location.hash)) return;
    lastHash = keepLesson(stateToHash(store.getState()));
    win.history.replaceState(null, '', lastHash);
    ready = true;
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (applying || !ready || isPageHash(win.location.hash)) return;
    const hash = keepLesson(stateToHash(state));
    if (hash === lastHash) return;
    const onlyStepMoved = (state.step !== prev.step || state.phase !== prev.phase) && state.profiles === prev.profiles && state.scenarioId === prev.scenarioId && state.seed === prev.seed && state.mode === prev.mode;
    if (state.customScenario !== prev.customScenario && activeCustom(state)) {
      // A newly run authored scenario: its link replaces the entry rather than adding one per edit.
      lastHash = hash;
      win.history.replaceState(null, '', hash);
      return;
    }
    lastHash = hash;
    if (onlyStepMoved) win.history.replaceState(null, '', hash);
    else win.history.pushState(null, '', hash);
  });

  const onPop = () => {
    // Leaving for the review or attack page is not a playground link to apply (App stops this sync there).
    if (win.location.hash !== lastHash && !isPageHash(win.location.hash)) void apply();
  };
  win.addEventListener('popstate', onPop);
  win.addEventListener('hashchange', onPop);

  // The catalog arrives from the worker; apply the link as soon as it is there.
  let started = false;
  const startWhenReady = (state: SyncedState) => {
    if (started || state.catalog.length === 0) return;
    started = true;
    void apply();
  };
  const unsubscribeCatalog = store.subscribe(startWhenReady);
  startWhenReady(store.getState());

  return () => {
    stopped = true;
    unsubscribe();
    unsubscribeCatalog();
    win.removeEventListener('popstate', onPop);
    win.removeEventListener('hashchange', onPop);
  };
}
