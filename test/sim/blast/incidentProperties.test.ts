// Properties of the reachable blast radius over every incident's world and every product (issue 14,
// item 4), with a pinned seed and bounded runs:
// - Claude Code with no unsandboxed channel left (escape hatch off, no excluded commands, project
//   config read after trust): switching the OS sandbox on strictly lowers open + prompt reachable, and
//   strictly lowers what sits behind a prompt wherever the mode prompts at all, in every world with a
//   secret outside what the sandbox lets Bash write (in a world with a symlink out of the project only
//   open + prompt: see below). Not in plan or dontAsk mode: they refuse Bash
//   that is not read-only whether sandboxed or not, so there is nothing for the sandbox to close; in
//   dontAsk with auto-allow the real client runs
//   sandboxed Bash that dontAsk alone refuses (differential case "auto-allow in dontAsk"): the
//   sandbox trades refusals for sandboxed runs. A test below pins that.
// - Each product's declared single-control loosenings (src/sim/products/*) never lower open + prompt
//   reachable, asset by asset.
// Tightening and loosening any single control one notch (controlMoves.ts) is checked over every world
// in monotonic.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reachableBlast, type ReachableBlast } from '../../../src/sim/blast/reachable.ts';
import { PRODUCT_IDS, type ProductId } from '../../../src/sim/core/ids.ts';
import { LOOSENINGS } from '../../../src/sim/profile/loosen.ts';
import { presetsFor } from '../../../src/sim/profile/presets.ts';
import type { ClaudeCodeProfile, ProductProfile } from '../../../src/sim/profile/schema.ts';
import { SCENARIOS } from '../../../src/sim/scenarios/index.ts';
import { isWithin } from '../../../src/sim/vfs/paths.ts';
import { movesFor, type ControlMove } from './controlMoves.ts';

const SEED = 20260525;

/** Moves that open an unsandboxed channel of their own, or switch the sandbox itself. */
const CHANNEL_MOVES = new Set(['sandbox.enabled', 'sandbox.allowUnsandboxedCommands', 'sandbox.excludedCommands', 'trust.projectConfigBeforeTrust']);

function openKeys(r: ReachableBlast): Set<string> {
  return new Set(r.assets.flatMap((a) => a.grants.filter((g) => g.verdict !== 'deny').map((g) => `${a.id}/${g.capability}`)));
}

const stepArb = fc.record({ move: fc.nat(), k: fc.nat(), loosen: fc.boolean() });

function withMoves(p: ProductProfile, moves: readonly ControlMove[], history: readonly { move: number; k: number; loosen: boolean }[]): ProductProfile {
  let q = p;
  for (const s of history) {
    const m = moves[s.move % moves.length] as ControlMove;
    q = s.loosen ? m.loosen(q, s.k) : m.tighten(q, s.k);
  }
  return q;
}

function presetOf(product: ProductId, index: number): ProductProfile {
  const presets = Object.values(presetsFor(product));
  return presets[index % presets.length] as ProductProfile;
}

/** A secret on the machine outside the project and outside every extra path the sandbox lets Bash write. */
function secretOutsideWrites(p: ClaudeCodeProfile, scenarioIndex: number): boolean {
  const s = SCENARIOS[scenarioIndex] as (typeof SCENARIOS)[number];
  const world = s.world();
  const home = world.host.home;
  const roots = [s.project, ...p.sandbox.filesystem.allowWrite.map((w) => (w === '~' ? home : w.startsWith('~/') ? `${home}/${w.slice(2)}` : w))];
  return world.host.files.some((f) => f.secretId !== undefined && !roots.some((r) => isWithin(r, f.path)));
}

describe('reachable blast radius over every incident world', () => {
  it('switching the OS sandbox on for Claude Code strictly lowers open + prompt, and prompt where the mode prompts', async () => {
    const moves = movesFor('claude-code').filter((m) => !CHANNEL_MOVES.has(m.id));
    let strictPrompt = 0;
    let symlinkWorlds = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.array(stepArb, { maxLength: 4 }), async (scenarioIndex, presetIndex, history) => {
        const s = SCENARIOS[scenarioIndex % SCENARIOS.length] as (typeof SCENARIOS)[number];
        const base = structuredClone(withMoves(presetOf('claude-code', presetIndex), moves, history)) as ClaudeCodeProfile;
        base.sandbox.allowUnsandboxedCommands = false;
        base.sandbox.excludedCommands = [];
        base.trust.projectConfigBeforeTrust = false;
        base.sandbox.available = true;
        // plan and dontAsk already refuse Bash that is not read-only, sandbox or not (see above).
        fc.pre(base.permissions.defaultMode !== 'dontAsk' && base.permissions.defaultMode !== 'plan');
        fc.pre(secretOutsideWrites(base, scenarioIndex % SCENARIOS.length));
        const off = structuredClone(base);
        off.sandbox.enabled = false;
        const on = structuredClone(base);
        on.sandbox.enabled = true;
        const [a, b] = [await reachableBlast(s.world(), off, s.project), await reachableBlast(s.world(), on, s.project)];
        const label = `${s.id} under ${base.name} (mode ${base.permissions.defaultMode})`;
        expect(b.reachable, `${label}: open + prompt with the sandbox on`).toBeLessThan(a.reachable);
        if (s.world().host.symlinks.length > 0) {
          // A link in the project lets unsandboxed Bash write where it points with no prompt (the rules
          // judge the path as typed); the sandbox resolves the link and closes that, or leaves the Write
          // tool's prompt. Open doors become prompts, so only open + prompt must fall (checked above).
          symlinkWorlds += 1;
        } else if (a.behindPrompt > 0) {
          expect(b.behindPrompt, `${label}: behind a prompt with the sandbox on`).toBeLessThan(a.behindPrompt);
          strictPrompt += 1;
        } else {
          expect(b.behindPrompt, `${label}: a mode that never prompts gains no prompt`).toBe(0);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 100), seed: Number(process.env.FC_SEED ?? SEED) },
    );
    // Not vacuous: most generated profiles prompt somewhere.
    expect(strictPrompt).toBeGreaterThan(20);
    expect(symlinkWorlds).toBeGreaterThan(0);
  });

  it('in dontAsk mode, auto-allowed sandboxed Bash opens reads that dontAsk alone refuses', async () => {
    const s = SCENARIOS[0] as (typeof SCENARIOS)[number];
    const p = structuredClone(presetsFor('claude-code').shipped) as ClaudeCodeProfile;
    p.permissions.defaultMode = 'dontAsk';
    p.sandbox.allowUnsandboxedCommands = false;
    const off = structuredClone(p);
    off.sandbox.enabled = false;
    const [a, b] = [await reachableBlast(s.world(), off, s.project), await reachableBlast(s.world(), p, s.project)];
    const aws = (r: ReachableBlast) => r.assets.find((x) => x.id === 'secret:aws-credentials')?.grants.find((g) => g.capability === 'read')?.verdict;
    expect([aws(a), aws(b)]).toEqual(['deny', 'allow']);
    expect(b.reachable).toBeGreaterThan(a.reachable);
  });

  it('every declared loosening of every product never lowers open + prompt, asset by asset', async () => {
    let grew = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.constantFrom(...PRODUCT_IDS), fc.nat(), fc.array(stepArb, { maxLength: 3 }), async (scenarioIndex, product, presetIndex, history) => {
        const s = SCENARIOS[scenarioIndex % SCENARIOS.length] as (typeof SCENARIOS)[number];
        const base = withMoves(presetOf(product, presetIndex), movesFor(product), history);
        const before = await reachableBlast(s.world(), base, s.project);
        const keys = openKeys(before);
        for (const l of LOOSENINGS.filter((x) => x.applies(base))) {
          const after = await reachableBlast(s.world(), l.apply(base), s.project);
          const lost = [...keys].filter((k) => !openKeys(after).has(k));
          expect(lost, `"${l.id}" on ${product}/${base.name} in ${s.id} closed ${lost.join(', ')}`).toEqual([]);
          expect(after.reachable).toBeGreaterThanOrEqual(before.reachable);
          if (after.reachable > before.reachable) grew += 1;
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 40), seed: Number(process.env.FC_SEED ?? SEED) },
    );
    expect(grew).toBeGreaterThan(10);
  });
});
