// Goal checks through the real engine service over a message channel (as in the worker), and the
// lesson's view of the playground.
import { describe, expect, it } from 'vitest';
import { createEngineClient } from '../../../src/worker/client.ts';
import { serveEngine } from '../../../src/worker/server.ts';
import { createEngineService } from '../../../src/worker/engineService.ts';
import { workerEvaluate } from '../../../src/app/lessons/workerEvaluate.ts';
import { lessonSnapshot, showsLesson, type ShownState } from '../../../src/app/lessons/lessonPlayground.ts';
import { defaultAnswerer } from '../../../src/app/store/playgroundSlice.ts';
import { getAtPath, setAtPath } from '../../../src/sim/profile/controlPath.ts';
import { lessonById } from '../../../src/lessons/curriculum.ts';
import { solvedProfile, startProfile } from '../../../src/lessons/controls.ts';
import { PRODUCT_IDS } from '../../../src/sim/core/ids.ts';
import { shippedProfile } from '../../../src/sim/profile/presets.ts';

function workerClient() {
  const { port1, port2 } = new MessageChannel();
  port1.start();
  port2.start();
  serveEngine(port2 as unknown as Parameters<typeof serveEngine>[0], createEngineService('worker'));
  return { client: createEngineClient(port1 as unknown as Parameters<typeof createEngineClient>[0]), close: () => port1.close() };
}

const lesson = lessonById('sandbox-rules');
if (!lesson) throw new Error('lesson missing');

describe('goal checks through the engine worker', () => {
  it('fails the start and passes the solution, with the exfiltration read from the log', async () => {
    const { client, close } = workerClient();
    const evaluate = workerEvaluate(client);
    const start = startProfile(lesson);
    const solved = solvedProfile(lesson);
    if (!start.ok || !solved.ok) throw new Error('bad lesson');
    const before = await evaluate(lesson, start.profile);
    expect(before.ok && before.report.passed).toBe(false);
    expect(before.ok && before.report.clauses[0]?.detail).toContain('aws-credentials to collect.metrics-beacon.io');
    const after = await evaluate(lesson, solved.profile);
    expect(after.ok && after.report.passed).toBe(true);
    close();
  });

  it('says so when a lesson needs an incident the worker does not have', async () => {
    const { client, close } = workerClient();
    const future = { ...lesson, scenarios: ['incident-from-the-future'] };
    const start = startProfile(future);
    if (!start.ok) throw new Error('bad lesson');
    const check = await workerEvaluate(client)(future, start.profile);
    expect(check.ok ? 'passed' : check.error).toContain("incident-from-the-future is not in the engine's catalog");
    close();
  });

  it('reports an engine that cannot be reached instead of throwing', async () => {
    const broken = { call: () => Promise.reject(new Error('worker script 404')) } as unknown as Parameters<typeof workerEvaluate>[0];
    const start = startProfile(lesson);
    if (!start.ok) throw new Error('bad lesson');
    const check = await workerEvaluate(broken)(lesson, start.profile);
    expect(check).toEqual({ ok: false, error: 'the engine is not available (worker script 404)' });
  });
});

describe('lesson state in the playground', () => {
  const panesAt = (maxStep: number) => Object.fromEntries(PRODUCT_IDS.map((p) => [p, { run: { maxStep }, running: false, error: null, flips: 0, completed: 1 }])) as unknown as ShownState['panes'];
  const empty = <T>(v: () => T) => Object.fromEntries(PRODUCT_IDS.map((p) => [p, v()])) as Record<(typeof PRODUCT_IDS)[number], T>;

  it('is its own world: the lesson incident and profile, every other product back at its shipped settings', () => {
    const start = startProfile(lesson);
    if (!start.ok) throw new Error('bad lesson');
    const snap = lessonSnapshot(lesson, start.profile);
    expect(snap).toMatchObject({ scenarioId: 'phished-prompt', seed: lesson.run.seed, worstCase: true, step: null, linkedFileEdits: {} });
    expect(snap.profiles['claude-code']).toBe(start.profile);
    for (const p of PRODUCT_IDS.filter((id) => id !== lesson.product)) {
      expect(snap.profiles[p]).toEqual(shippedProfile(p));
      expect(snap.answerers[p]).toBe(defaultAnswerer(p));
    }
    expect(snap.answerers['claude-code']).toBe('fatigued');

    const shown: ShownState = { ...snap, step: 7, panes: panesAt(7), answers: empty(() => []), fileEdits: empty(() => ({})) };
    expect(showsLesson(snap, shown)).toBe(true);
    // Anything left over from before counts as a different world and is replaced.
    const leftover = setAtPath(shippedProfile('claude-ai'), 'container.ephemeral', getAtPath(shippedProfile('claude-ai'), 'container.ephemeral') !== true);
    expect(showsLesson(snap, { ...shown, profiles: { ...shown.profiles, 'claude-ai': leftover } })).toBe(false);
    expect(showsLesson(snap, { ...shown, seed: snap.seed + 1 })).toBe(false);
    expect(showsLesson(snap, { ...shown, step: 3 })).toBe(false);
    expect(showsLesson(snap, { ...shown, answers: { ...shown.answers, cowork: [true] } })).toBe(false);
    expect(showsLesson(snap, { ...shown, fileEdits: { ...shown.fileEdits, cowork: { '/x': 'y' } } })).toBe(false);
  });
});

describe('a lesson check reuses the run its panes made', () => {
  it('takes the pane run for the same request and reports what a fresh run would', async () => {
    const { newMainThreadStore } = await import('../mainThreadEngine.ts');
    const { client, close } = workerClient();
    const start = startProfile(lesson);
    if (!start.ok) throw new Error('bad lesson');
    const store = newMainThreadStore();
    await store.getState().applySnapshot(lessonSnapshot(lesson, start.profile));
    let engineRuns = 0;
    const counting = { call: ((name: string, args: unknown[]) => { if (name === 'run') engineRuns += 1; return client.call(name as 'run', args as never); }) as typeof client.call };
    let reused = 0;
    const shared = await workerEvaluate(counting, (r) => { const hit = store.getState().paneRunFor(r); if (hit) reused += 1; return hit; })(lesson, start.profile);
    const sharedRuns = engineRuns;
    engineRuns = 0;
    const fresh = await workerEvaluate(counting)(lesson, start.profile);
    expect(reused).toBeGreaterThan(0);
    // Every reused run is one the engine did not make a second time.
    expect(sharedRuns).toBe(engineRuns - reused);
    expect(shared).toEqual(fresh);
    // A profile the panes do not show is run by the engine as before.
    const solved = solvedProfile(lesson);
    if (!solved.ok) throw new Error('bad lesson');
    reused = 0;
    const other = await workerEvaluate(counting, (r) => { const hit = store.getState().paneRunFor(r); if (hit) reused += 1; return hit; })(lesson, solved.profile);
    expect(other.ok && other.report.passed).toBe(true);
    expect(reused).toBe(0);
    close();
  });
});
