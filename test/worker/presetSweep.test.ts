// The sweep behind the friction chart: one point per preset the engine lists (plus the learner's
// settings), each equal to running that preset through the same service, with progress.
import { describe, expect, it } from 'vitest';
import { createEngineService } from '../../src/worker/engineService.ts';
import { presetsFor, shippedProfile } from '../../src/sim/profile/presets.ts';
import { setAtPath } from '../../src/sim/profile/controlPath.ts';
import { PRODUCT_IDS } from '../../src/sim/core/ids.ts';
import type { PresetSweepRequest, RunRequest } from '../../src/worker/protocol.ts';
import type { ServeContext } from '../../src/worker/server.ts';

const service = createEngineService('main-thread');
const quiet: ServeContext = { progress: () => {} };
const answerers = { 'claude-ai': 'attentive', 'claude-code': 'fatigued', cowork: 'attentive', devcontainer: 'fatigued' } as const;
const presetCount = PRODUCT_IDS.reduce((n, p) => n + Object.keys(presetsFor(p)).length, 0);
const base: PresetSweepRequest = { scenarioIds: ['phished-prompt'], seed: 1, worstCase: true, answerers };
const run = (r: Omit<RunRequest, 'answers' | 'seed' | 'worstCase' | 'answerer'>) =>
  service.run({ ...r, seed: 1, worstCase: true, answerer: answerers[r.product], answers: [] }, quiet);

describe('presetSweep', () => {
  it('returns one point per preset of every product, each what a direct run gives', async () => {
    const seen: [number, number][] = [];
    const result = await service.presetSweep(base, { progress: (d, t) => seen.push([d, t]) });
    expect(result.points).toHaveLength(presetCount);
    for (const p of PRODUCT_IDS) {
      expect(result.points.filter((pt) => pt.product === p).map((pt) => pt.preset)).toEqual(Object.keys(presetsFor(p)));
    }
    const unattended = result.points.find((pt) => pt.product === 'claude-code' && pt.preset === 'unattended');
    const direct = await run({ scenarioId: 'phished-prompt', product: 'claude-code', profile: presetsFor('claude-code').unattended as never });
    expect(unattended).toMatchObject({ runs: 1, prompts: direct.prompts, realized: direct.blast?.realized, reachable: direct.blast?.reachable, contained: direct.contained ? 1 : 0 });
    expect(seen.at(-1)).toEqual([presetCount, presetCount]);
    expect(seen.map(([d]) => d)).toEqual([...seen.map(([d]) => d)].sort((a, b) => a - b));
  });

  it('adds the learner settings as `current` points and averages over several incidents', async () => {
    const mine = setAtPath(shippedProfile('claude-code'), 'sandbox.enabled', false);
    const current = { 'claude-ai': shippedProfile('claude-ai'), 'claude-code': mine, cowork: shippedProfile('cowork'), devcontainer: shippedProfile('devcontainer') };
    const ids = ['phished-prompt', 'approved-domain-exfil'];
    const result = await service.presetSweep({ ...base, scenarioIds: ids, current }, quiet);
    expect(result.points).toHaveLength(presetCount + PRODUCT_IDS.length);
    const point = result.points.find((pt) => pt.current && pt.product === 'claude-code');
    const runs = await Promise.all(ids.map((scenarioId) => run({ scenarioId, product: 'claude-code', profile: mine })));
    const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;
    expect(point).toMatchObject({
      runs: 2, preset: 'current',
      realized: mean(runs.map((r) => r.blast?.realized ?? 0)), prompts: mean(runs.map((r) => r.prompts)),
      contained: runs.filter((r) => r.contained).length,
    });
  });

  it('runs every profile on the learner\'s edited files for one incident', async () => {
    const request: PresetSweepRequest = { ...base, scenarioIds: ['memory-poisoning'] };
    const plain = await service.presetSweep(request, quiet);
    const files = (await service.run({ scenarioId: 'memory-poisoning', product: 'cowork', profile: shippedProfile('cowork'), seed: 1, answerer: 'attentive', answers: [], worstCase: true, withFiles: true }, quiet)).files ?? {};
    const notesPath = Object.keys(files).find((p) => p.endsWith('/meeting-notes.txt')) as string;
    const cleaned = (files[notesPath] as string).split('\n').filter((l) => !l.includes('ACTION ITEM FOR THE ASSISTANT')).join('\n');
    const edited = await service.presetSweep({ ...request, fileOverrides: { cowork: { [notesPath]: cleaned } } }, quiet);
    const shipped = (r: typeof plain) => r.points.find((pt) => pt.product === 'cowork' && pt.preset === 'shipped');
    expect(shipped(plain)?.contained).toBe(0);
    // With the planted item gone the incident cannot happen: not applicable, counted apart from contained.
    expect(shipped(plain)?.notApplicable).toBe(0);
    expect(shipped(edited)).toMatchObject({ contained: 0, notApplicable: 1 });
    // Other products keep their own (unedited) files.
    expect(edited.points.filter((pt) => pt.product !== 'cowork')).toEqual(plain.points.filter((pt) => pt.product !== 'cowork'));
  });

  it('names what is wrong with a bad request', async () => {
    await expect(service.presetSweep({ ...base, scenarioIds: [] }, quiet)).rejects.toThrow(/scenarioIds is empty/);
    await expect(service.presetSweep({ ...base, scenarioIds: ['no-such-incident'] }, quiet)).rejects.toThrow(/Unknown incident "no-such-incident"/);
  });
});

describe('presetSweep cancel', () => {
  it('stops at the next profile once the page cancels, saying how far it got', async () => {
    const controller = new AbortController();
    let last = 0;
    const sweep = service.presetSweep({ ...base, scenarioIds: ['phished-prompt', 'approval-fatigue'] }, {
      progress: (d) => { last = d; if (d === 4) controller.abort(); },
      signal: controller.signal,
    });
    await expect(sweep).rejects.toThrow(/^Preset sweep cancelled after \d+ of \d+ runs$/);
    // Cancelled at the first profile boundary after the abort, not at the end.
    expect(last).toBeLessThan(presetCount * 2);
    expect(last).toBeGreaterThanOrEqual(4);
  });
});
