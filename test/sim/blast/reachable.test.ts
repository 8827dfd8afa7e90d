import { describe, expect, it } from 'vitest';
import { reachableBlast, type ReachableBlast } from '../../../src/sim/blast/reachable.ts';
import { ZONES } from '../../../src/sim/blast/assets.ts';
import { preset } from '../../../src/sim/profile/presets.ts';
import type { ProductProfile } from '../../../src/sim/profile/schema.ts';
import { phishedPrompt } from '../../../src/sim/scenarios/phishedPrompt.ts';
import type { ProductId } from '../../../src/sim/core/ids.ts';

const world = phishedPrompt.world();

async function reach(product: ProductId, edit: (p: ProductProfile) => void = () => {}, name = 'shipped'): Promise<ReachableBlast> {
  const p = structuredClone(preset(product, name) as ProductProfile);
  edit(p);
  return reachableBlast(world, p, phishedPrompt.project);
}

const grant = (r: ReachableBlast, id: string, capability: string) => r.assets.find((a) => a.id === id)?.grants.find((g) => g.capability === capability);

describe('reachable blast radius (capability analysis)', () => {
  it('lists every secret, a file area per ring, every destination and the user account, on the five rings', async () => {
    const r = await reach('claude-code');
    const ids = r.assets.map((a) => a.id);
    for (const s of world.secrets) expect(ids).toContain(`secret:${s.id}`);
    for (const h of world.network) expect(ids).toContain(`dest:${h.name}`);
    expect(ids).toEqual(expect.arrayContaining(['area:workspace:files', 'area:home:shell-startup', 'account:user']));
    expect(r.assets.every((a) => (ZONES as readonly string[]).includes(a.zone) && a.weight > 0)).toBe(true);
  });

  it("keeps the user's machine out of claude.ai's container and names the container boundary", async () => {
    const r = await reach('claude-ai');
    expect(grant(r, 'secret:aws-credentials', 'read')).toMatchObject({ verdict: 'deny', layer: 'container-boundary' });
    expect(grant(r, `dest:${'collect.metrics-beacon.io'}`, 'send')).toMatchObject({ verdict: 'deny', layer: 'egress-proxy' });
    expect(grant(r, 'area:workspace:files', 'write')?.verdict).toBe('allow');
  });

  it("mounts decide Cowork's reach: host secrets unmounted, the workspace's own secret in reach", async () => {
    const r = await reach('cowork');
    expect(grant(r, 'secret:ssh-key', 'read')).toMatchObject({ verdict: 'deny', layer: 'mounts' });
    expect(grant(r, 'secret:budget-figures', 'read')?.verdict).toBe('allow');
    const readOnly = await reach('cowork', (p) => { if (p.product === 'cowork') p.mounts.entries = p.mounts.entries.map((m) => ({ ...m, mode: 'read-only' })); });
    expect(grant(readOnly, 'secret:budget-figures', 'write')).toMatchObject({ verdict: 'deny', layer: 'mounts' });
    expect(readOnly.reachable).toBeLessThan(r.reachable);
  });

  it('the in-VM API proxy closes the approved domain to third-party accounts', async () => {
    const fixed = await reach('cowork');
    const before = await reach('cowork', () => {}, 'pre-api-proxy');
    expect(grant(fixed, 'dest:api.anthropic.com', 'send')).toMatchObject({ verdict: 'deny', layer: 'api-proxy' });
    expect(grant(before, 'dest:api.anthropic.com', 'send')?.verdict).toBe('allow');
  });

  it('counts a prompt as reachable (approvals are not a boundary) and dontAsk turns prompts into refusals', async () => {
    const shipped = await reach('claude-code');
    expect(grant(shipped, 'secret:aws-credentials', 'write')?.verdict).toBe('ask');
    expect(shipped.behindPrompt).toBeGreaterThan(0);
    const bounded = await reach('claude-code', (p) => {
      if (p.product !== 'claude-code') return;
      p.permissions.defaultMode = 'dontAsk';
      p.sandbox.allowUnsandboxedCommands = false;
    });
    expect(bounded.behindPrompt).toBe(0);
    expect(grant(bounded, 'dest:collect.metrics-beacon.io', 'send')?.verdict).toBe('deny');
    expect(bounded.reachable).toBeLessThan(shipped.reachable);
  });

  it('sandbox denyRead closes Bash but not the Read tool, which permission rules govern', async () => {
    const r = await reach('claude-code', (p) => {
      if (p.product !== 'claude-code') return;
      p.sandbox.filesystem.denyRead.push('~/.aws');
      p.sandbox.allowUnsandboxedCommands = false;
    });
    // Claude Code's Read tool still reaches it; outside the working folder it asks first.
    expect(grant(r, 'secret:aws-credentials', 'read')).toMatchObject({ verdict: 'ask', layer: 'permission-rules' });
    expect(grant(r, 'secret:aws-credentials', 'delete')).toMatchObject({ verdict: 'deny', layer: 'os-sandbox' });
  });

  it('scores by the documented formula: weight times capabilities not denied, and a maximum with everything open', async () => {
    for (const product of ['claude-ai', 'claude-code', 'cowork'] as const) {
      const r = await reach(product);
      let sum = 0;
      let max = 0;
      for (const a of r.assets) {
        sum += a.weight * a.grants.filter((g) => g.verdict !== 'deny').length;
        max += a.weight * a.capabilities.length;
      }
      expect(r.reachable).toBe(sum);
      expect(r.maximum).toBe(max);
    }
  });

  it('a VM that cannot start in full-VM mode reaches nothing', async () => {
    const r = await reach('cowork', (p) => { if (p.product === 'cowork') p.vm.starts = false; }, 'full-vm');
    expect(r.reachable).toBe(0);
  });
});

describe('permission rules in capability analysis', () => {
  it('a Read deny rule closes the Read tool that the sandbox does not cover', async () => {
    const r = await reach('claude-code', (p) => {
      if (p.product !== 'claude-code') return;
      p.sandbox.filesystem.denyRead.push('~/.aws');
      p.sandbox.allowUnsandboxedCommands = false;
      p.permissions.deny.push('Read(~/.aws/**)');
    });
    expect(grant(r, 'secret:aws-credentials', 'read')?.verdict).toBe('deny');
  });
});

describe('project config parsed before trust', () => {
  it('opens everything to the repository\'s hooks even when the agent itself is fenced in', async () => {
    const fenced = (p: ProductProfile) => {
      if (p.product !== 'claude-code') return;
      p.permissions.defaultMode = 'dontAsk';
      p.sandbox.allowUnsandboxedCommands = false;
    };
    const gated = await reach('claude-code', fenced);
    const preTrust = await reach('claude-code', (p) => { fenced(p); if (p.product === 'claude-code') p.trust.projectConfigBeforeTrust = true; });
    expect(grant(gated, 'dest:collect.metrics-beacon.io', 'send')?.verdict).toBe('deny');
    expect(grant(preTrust, 'dest:collect.metrics-beacon.io', 'send')).toMatchObject({ verdict: 'allow', layer: 'trust-gate' });
    expect(preTrust.reachable).toBeGreaterThan(gated.reachable);
  });
});
