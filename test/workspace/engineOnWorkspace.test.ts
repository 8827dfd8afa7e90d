// The engine over each Workspace backend: the same scenario, profile and seed must give the same
// event log whichever backend holds the world, and the agent's effects must land in that backend.
import { describe, expect, it } from 'vitest';
import { InMemoryFs, type IFileSystem } from 'just-bash';
import { runScenario } from '../../src/sim/run/runScenario.ts';
import { SCENARIOS } from '../../src/sim/scenarios/index.ts';
import { preset, shippedProfile } from '../../src/sim/profile/presets.ts';
import type { ProductId } from '../../src/sim/core/ids.ts';
import { badgesFromDiff, badgesFromTouches, mergeBadges } from '../../src/workspace/badges.ts';
import { secretPathsOf, touchesFromEvents } from '../../src/workspace/simBadges.ts';
import { snapshotWorkspace } from '../../src/workspace/snapshot.ts';
import { backends } from './backends.ts';

const products: ProductId[] = ['claude-ai', 'claude-code', 'cowork'];

/** Every path with its kind, and every file's bytes, minus /dev (devices, not world content). */
async function endState(fs: IFileSystem): Promise<string[]> {
  const { entries } = await snapshotWorkspace(fs, '/', { skip: (p) => p === '/dev' });
  return Promise.all(entries.map(async (e) => (e.kind === 'file' ? `${e.path} = ${await fs.readFile(e.path, 'hex')}` : `${e.path} (${e.kind})`)));
}

describe.each(SCENARIOS.map((s) => ({ scenario: s, id: s.id })))('engine over the workspace backends: $id', ({ scenario }) => {
  it.each(products)('%s: identical log and identical end state on every backend', async (product) => {
    const profile = shippedProfile(product);
    // The engine's own default: a bare InMemoryFs (which, unlike a world, invents /dev/null as a file).
    const referenceFs = new InMemoryFs();
    const reference = await runScenario({ scenario, profile, seed: 7, answerer: 'fatigued', worstCase: true, fs: referenceFs });
    // The engine itself never crashes; a modeled component may (vm-crash is about a VM that fails).
    expect(reference.log.some((e) => e.type === 'crash' && e.component === 'engine')).toBe(false);
    const expected = await endState(referenceFs);
    expect(expected.length).toBeGreaterThan(0);
    for (const backend of backends) {
      const ws = backend.make();
      const run = await runScenario({ scenario, profile, seed: 7, answerer: 'fatigued', worstCase: true, fs: ws });
      expect({ backend: backend.name, log: run.log }).toEqual({ backend: backend.name, log: reference.log });
      expect({ backend: backend.name, files: await endState(ws) }).toEqual({ backend: backend.name, files: expected });
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
      await badgesFromDiff(seed, ws, entries, [scenario.project, '/tmp']),
    );
    const credentials = world.host.files.find((f) => f.secretId !== undefined && f.path.endsWith('/.aws/credentials'));
    expect(credentials).toBeDefined();
    expect(run.outcome.exfiltrations.length > 0).toBe(leaks);
    expect(badges[credentials?.path ?? '']).toEqual(leaks ? ['exfiltrated', 'read'] : ['read']);
    const created = Object.entries(badges).filter(([, b]) => b.includes('created')).map(([p]) => p);
    expect(created).toEqual(['/home/dev/projects/webapp/.cache', '/home/dev/projects/webapp/.cache/setup-done']);
  });
});
