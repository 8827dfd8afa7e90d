// A learner's saved file edits reach the next run: the worker applies them to the world, and the run
// hands back the world's files as it left them.
import { describe, expect, it } from 'vitest';
import { createEngineService } from '../../src/worker/engineService.ts';
import { shippedProfile } from '../../src/sim/profile/presets.ts';
import { applyFileOverrides } from '../../src/sim/world/fileOverrides.ts';
import { scenarioById } from '../../src/sim/scenarios/index.ts';

const service = createEngineService('main-thread');
const ctx = { progress: () => {} };
const scenario = scenarioById('memory-poisoning');
if (!scenario) throw new Error('memory-poisoning is missing from the catalog');

const run = (fileOverrides?: Record<string, string>) =>
  service.run({ scenarioId: 'memory-poisoning', product: 'cowork', profile: shippedProfile('cowork'), seed: 1, answerer: 'fatigued', answers: [], worstCase: true, withFiles: true, ...(fileOverrides ? { fileOverrides } : {}) }, ctx);

describe('file overrides', () => {
  it('replaces a world file by path, keeps its secret id, and adds unknown paths as new host files', () => {
    const world = scenario.world();
    const secret = world.host.files.find((f) => f.secretId !== undefined);
    if (!secret) throw new Error('the world has no secret file');
    const edited = applyFileOverrides(world, { [secret.path]: 'edited\n', '/tmp/new.txt': 'hi\n' });
    expect(edited.host.files.find((f) => f.path === secret.path)).toEqual({ ...secret, content: 'edited\n' });
    expect(edited.host.files.find((f) => f.path === '/tmp/new.txt')?.content).toBe('hi\n');
    expect(applyFileOverrides(world, {})).toBe(world);
    // The original world is untouched.
    expect(world.host.files.find((f) => f.path === secret.path)?.content).toBe(secret.content);
  });

  it('removing the planted action item from the meeting notes changes the outcome', async () => {
    const before = await run();
    expect(before.contained).toBe(false);
    expect(before.judgement.status).toBe('not-contained');
    const notesPath = Object.keys(before.files ?? {}).find((p) => p.endsWith('/meeting-notes.txt'));
    expect(notesPath).toBeDefined();
    const notes = (before.files ?? {})[notesPath as string] as string;
    const cleaned = notes.split('\n').filter((line) => !line.includes('ACTION ITEM FOR THE ASSISTANT')).join('\n');
    expect(cleaned).not.toBe(notes);
    const after = await run({ [notesPath as string]: cleaned });
    // With the planted item gone no injection is ever read: no technique has anything to carry it.
    expect(after.judgement.status).toBe('not-applicable');
    expect(after.harms.some((h) => h.happened)).toBe(false);
    expect(after.files?.[notesPath as string]).toBe(cleaned);
  });

  it('returns the secret files by id so an exfiltration can be drawn on its file', async () => {
    const r = await run();
    for (const [id, path] of Object.entries(r.secretPaths ?? {})) {
      expect(scenario.world().secrets.some((s) => s.id === id)).toBe(true);
      expect(typeof path).toBe('string');
    }
    expect(Object.keys(r.secretPaths ?? {}).length).toBeGreaterThan(0);
  });
});

describe('file overrides in Monte Carlo', () => {
  it('the distribution follows the edited world too', async () => {
    const base = { scenarioId: 'memory-poisoning', product: 'cowork' as const, profile: shippedProfile('cowork'), answerer: 'fatigued' as const, seeds: 50, worstCase: true };
    const before = await service.run({ ...base, seed: 1, answers: [], withFiles: true }, ctx);
    const notesPath = Object.keys(before.files ?? {}).find((p) => p.endsWith('/meeting-notes.txt')) as string;
    const cleaned = (before.files?.[notesPath] ?? '').split('\n').filter((l) => !l.includes('ACTION ITEM')).join('\n');
    const planted = await service.monteCarlo(base, ctx);
    const edited = await service.monteCarlo({ ...base, fileOverrides: { [notesPath]: cleaned } }, ctx);
    // Worst case: every seed follows the planted note, and none can once it is gone.
    expect(planted.anyHarm).toBe(planted.runs);
    expect(edited.anyHarm).toBe(0);
  });
});
