// Goal checks through the real engine service over a message channel (as in the worker), and the
// lesson's view of the playground.
import { describe, expect, it } from 'vitest';
import { createEngineClient } from '../../../src/worker/client.ts';
import { serveEngine } from '../../../src/worker/server.ts';
import { createEngineService } from '../../../src/worker/engineService.ts';
import { workerEvaluate } from '../../../src/app/lessons/workerEvaluate.ts';
import { lessonSnapshot, showsLesson } from '../../../src/app/lessons/lessonPlayground.ts';
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
  it('shows the lesson incident and profile, keeping the other products as they are', () => {
    const profiles = Object.fromEntries(PRODUCT_IDS.map((p) => [p, shippedProfile(p)])) as Parameters<typeof lessonSnapshot>[2]['profiles'];
    const current = { scenarioId: null, seed: 9, worstCase: false, profiles, answerers: { 'claude-ai': 'attentive', 'claude-code': 'attentive', cowork: 'attentive' } as const };
    const start = startProfile(lesson);
    if (!start.ok) throw new Error('bad lesson');
    const snap = lessonSnapshot(lesson, start.profile, current);
    expect(snap).toMatchObject({ scenarioId: 'phished-prompt', seed: lesson.run.seed, worstCase: true, step: null });
    expect(snap.profiles['claude-code']).toBe(start.profile);
    expect(snap.profiles.cowork).toBe(profiles.cowork);
    expect(snap.answerers['claude-code']).toBe('fatigued');
    expect(showsLesson(snap, current)).toBe(false);
    expect(showsLesson(snap, snap)).toBe(true);
  });
});
