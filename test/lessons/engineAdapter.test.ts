import { describe, expect, it } from 'vitest';
import { simEngine } from '../../src/lessons/engineAdapter.ts';
import { preset } from '../../src/sim/profile/presets.ts';

describe('the lesson port over the real engine', () => {
  it('reports outcome facts and a blast radius that shrinks when the escape hatch is closed', async () => {
    const engine = simEngine();
    const open = preset('claude-code', 'v1-approvals');
    if (!open || open.product !== 'claude-code') throw new Error('preset missing');
    const closed = structuredClone(open);
    closed.sandbox.enabled = true;
    closed.sandbox.allowUnsandboxedCommands = false;
    // In the worst case the attacker tries every channel: with the code host allowlisted a git push
    // still carries the keys, so the lesson facts must show that leak until the keys are out of reach.
    const leaky = structuredClone(closed);
    closed.permissions.deny = ['Read(~/.aws/**)'];
    const request = { scenario: 'phished-prompt', seed: 1, answerer: 'fatigued' as const, worstCase: true };
    const before = await engine.run({ ...request, profile: open });
    const after = await engine.run({ ...request, profile: closed });
    expect(before.exfiltrations.map((e) => e.secretId)).toContain('aws-credentials');
    expect(after.exfiltrations).toEqual([]);
    const throughPush = await engine.run({ ...request, profile: leaky });
    expect(throughPush.exfiltrations).toEqual([{ secretId: 'aws-credentials', host: 'github.com' }]);
    expect((await engine.run({ ...request, profile: leaky, worstCase: false })).exfiltrations).toEqual([]);
    expect(before.blast && after.blast && after.blast.reachable < before.blast.reachable).toBe(true);
  });

  it('refuses an unknown scenario with its name', async () => {
    const shipped = preset('claude-code');
    if (!shipped) throw new Error('preset missing');
    await expect(simEngine().run({ scenario: 'no-such-incident', profile: shipped, seed: 1, answerer: 'attentive', worstCase: true })).rejects.toThrow('unknown scenario "no-such-incident"');
  });
});
