// World files travel to the page only while a Files or Terminal tab wants them: a control toggle with
// neither open posts the log alone, and opening one re-makes the pane's run with its files.
import { describe, expect, it } from 'vitest';
import type { RunRequest } from '../../../src/worker/protocol.ts';
import { mainThreadEngine, newMainThreadStore } from '../mainThreadEngine.ts';
import { getAtPath, setAtPath } from '../../../src/sim/profile/controlPath.ts';

function recordingStore() {
  const requests: RunRequest[] = [];
  const store = newMainThreadStore({ ...mainThreadEngine, run: async (r) => { requests.push(r); return mainThreadEngine.run(r); } });
  return { store, requests };
}

const settle = async (store: ReturnType<typeof recordingStore>['store']) => {
  for (let i = 0; i < 50 && Object.values(store.getState().panes).some((p) => p.running); i += 1) await new Promise((r) => setTimeout(r, 10));
};

describe('world files on demand', () => {
  it('runs carry no files while no view wants them', async () => {
    const { store, requests } = recordingStore();
    await store.getState().selectScenario('memory-poisoning');
    await store.getState().setControl('cowork', 'vm.starts', false);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((r) => r.withFiles === false)).toBe(true);
    expect(store.getState().panes.cowork.run?.files).toBeUndefined();
  });

  it('opening a Files tab re-makes the run with files; closing it stops them', async () => {
    const { store, requests } = recordingStore();
    await store.getState().selectScenario('memory-poisoning');
    const before = store.getState().panes.cowork.completed;
    const release = store.getState().wantFiles('cowork');
    await settle(store);
    const pane = store.getState().panes.cowork;
    expect(pane.completed).toBe(before + 1);
    expect(Object.keys(pane.run?.files ?? {}).length).toBeGreaterThan(0);
    // The same run as without files, apart from the files themselves.
    const withFiles = requests.at(-1);
    expect(withFiles?.withFiles).toBe(true);
    const { files: _f, cwd: _c, home: _h, secretPaths: _s, ...rest } = pane.run ?? {};
    const plain = await mainThreadEngine.run({ ...(withFiles as RunRequest), withFiles: false });
    expect(rest).toEqual(plain);
    // A second view of the same pane does not re-run; the toggle while it is open carries files.
    const release2 = store.getState().wantFiles('cowork');
    expect(store.getState().panes.cowork.completed).toBe(before + 1);
    await store.getState().setControl('cowork', 'vm.starts', false);
    expect(requests.at(-1)?.withFiles).toBe(true);
    release();
    release();
    await store.getState().setControl('cowork', 'vm.starts', true);
    expect(requests.at(-1)?.withFiles).toBe(true);
    release2();
    await store.getState().setControl('cowork', 'vm.starts', false);
    expect(requests.at(-1)?.withFiles).toBe(false);
  });
});

describe('a snapshot re-runs only the panes it changes', () => {
  it('a lesson-style snapshot that moves one control re-runs that pane alone, with the same result as a full re-run', async () => {
    const { store, requests } = recordingStore();
    await store.getState().selectScenario('phished-prompt');
    const s = store.getState();
    const snapshot = { scenarioId: s.scenarioId, seed: s.seed, worstCase: s.worstCase, profiles: s.profiles, answerers: s.answerers, step: null };
    const before = requests.length;
    const kept = s.panes['claude-ai'].run;
    const changed = { ...snapshot, profiles: { ...snapshot.profiles, 'claude-code': setAtPath(snapshot.profiles['claude-code'], 'sandbox.enabled', !getAtPath(snapshot.profiles['claude-code'], 'sandbox.enabled')) } };
    await store.getState().applySnapshot(changed);
    expect(requests.slice(before).map((r) => r.product)).toEqual(['claude-code']);
    expect(store.getState().panes['claude-ai'].run).toBe(kept);
    // Every pane shows what a fresh store running the same snapshot shows.
    const fresh = recordingStore().store;
    await fresh.getState().applySnapshot(changed);
    for (const p of store.getState().shown) expect(store.getState().panes[p].run).toEqual(fresh.getState().panes[p].run);
    // The same snapshot again re-runs nothing.
    const again = requests.length;
    await store.getState().applySnapshot(changed);
    expect(requests.length).toBe(again);
  });

  it('a link that swaps a product into a pane shows it and runs it alone; the panes that stay keep their runs', async () => {
    const { store, requests } = recordingStore();
    await store.getState().selectScenario('phished-prompt');
    const s = store.getState();
    const kept = s.panes['claude-ai'].run;
    const shown = ['claude-ai', 'devcontainer', 'cowork'] as const;
    const before = requests.length;
    await store.getState().applySnapshot({ scenarioId: s.scenarioId, seed: s.seed, worstCase: s.worstCase, profiles: s.profiles, answerers: s.answerers, step: null, shown: [...shown] });
    expect(store.getState().shown).toEqual([...shown]);
    expect(requests.slice(before).map((r) => r.product)).toEqual(['devcontainer']);
    expect(store.getState().panes['claude-ai'].run).toBe(kept);
    expect(store.getState().panes.devcontainer.run).toBeDefined();
    expect(store.getState().panes['claude-code'].run ?? null).toBeNull();
  });
});

