// The engine over each Workspace backend: the same scenario, profile and seed must give the same
// event log whichever backend holds the world, and the agent's effects must land in that backend.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/sim/run/runScenario.ts';
import { SCENARIOS } from '../../src/sim/scenarios/index.ts';
import { preset, shippedProfile } from '../../src/sim/profile/presets.ts';
import type { ProductId } from '../../src/sim/core/ids.ts';
import { badgesFromDiff, badgesFromTouches, mergeBadges } from '../../src/workspace/badges.ts';
import { secretPathsOf, touchesFromEvents } from '../../src/workspace/simBadges.ts';
import { snapshotWorkspace } from '../../src/workspace/snapshot.ts';
import { backends } from './backends.ts';

const products: ProductId[] = ['claude-ai', 'claude-code', 'cowork'];

describe.each(SCENARIOS.map((s) => ({ scenario: s, id: s.id })))('engine over the workspace backends: $id', ({ scenario }) => {
  it.each(products)('%s: identical log on every backend, effects visible in the backend', async (product) => {
    const profile = shippedProfile(product);
    const reference = await runScenario({ scenario, profile, seed: 7, answerer: 'fatigued', worstCase: true });
    expect(reference.log.some((e) => e.type === 'crash')).toBe(false);
    for (const backend of backends) {
      const ws = backend.make();
      const run = await runScenario({ scenario, profile, seed: 7, answerer: 'fatigued', worstCase: true, fs: ws });
      expect({ backend: backend.name, log: run.log }).toEqual({ backend: backend.name, log: reference.log });
      // Every successful write the log reports is a file in this backend now (some incidents write
      // nothing on some products: their harm is a read, a request or what nobody can see).
      // An ephemeral container is wiped at a new session, so only writes since the last one count.
      const lastSession = run.log.findLastIndex((e) => e.type === 'user-prompt' && e.text.startsWith('(a new session starts'));
      const written = run.log.slice(lastSession + 1).flatMap((e) => (e.type === 'file-access' && e.op === 'write' && e.ok ? [e.path] : []));
      const { entries } = await snapshotWorkspace(ws);
      const present = new Set(entries.map((e) => e.path));
      for (const path of written) expect(present.has(path) || (await ws.exists(path))).toBe(true);
    }
  });
});

describe('badges from a real engine run', () => {
  // Shipped: the OS sandbox lets the read happen but the POST never leaves. v1: approvals only, and
  // a fatigued human waves the upload through.
  it.each([['shipped', false], ['v1-approvals', true]] as const)('claude-code %s: read, created, exfiltrated=%s', async (presetName, leaks) => {
    const scenario = SCENARIOS.find((s) => s.id === 'phished-prompt');
    if (!scenario) throw new Error('phished-prompt scenario missing');
    const world = scenario.world();
    const ws = backends[0]?.make();
    if (!ws) throw new Error('no backend');
    const profile = preset('claude-code', presetName);
    if (!profile) throw new Error(`no preset ${presetName}`);
    const run = await runScenario({ scenario, profile, seed: 7, answerer: 'fatigued', worstCase: true, fs: ws });
    const seed = Object.fromEntries(world.host.files.map((f) => [f.path, f.content]));
    const { entries } = await snapshotWorkspace(ws);
    const badges = mergeBadges(
      badgesFromTouches(touchesFromEvents(run.log, secretPathsOf(world.host.files))),
      await badgesFromDiff(seed, ws, entries, [scenario.cwd('claude-code', world), '/tmp']),
    );
    const credentials = world.host.files.find((f) => f.secretId !== undefined && f.path.endsWith('/.aws/credentials'));
    expect(credentials).toBeDefined();
    expect(run.outcome.exfiltrations.length > 0).toBe(leaks);
    expect(badges[credentials?.path ?? '']).toEqual(leaks ? ['exfiltrated', 'read'] : ['read']);
    const created = Object.entries(badges).filter(([, b]) => b.includes('created')).map(([p]) => p);
    expect(created).toEqual(['/home/dev/projects/webapp/.cache', '/home/dev/projects/webapp/.cache/setup-done']);
  });
});
