// World files travel to the page only while a Files or Terminal tab wants them: a control toggle with
// neither open posts the log alone, and opening one re-makes the pane's run with its files.
import { describe, expect, it } from 'vitest';
import type { RunRequest } from '../../../src/worker/protocol.ts';
import { mainThreadEngine, newMainThreadStore } from '../mainThreadEngine.ts';

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
