// The worker's run service hands the playground a blast radius and the shared containment verdict.
import { describe, expect, it } from 'vitest';
import { createEngineService } from '../../src/worker/engineService.ts';
import { preset } from '../../src/sim/profile/presets.ts';
import type { ProductProfile } from '../../src/sim/profile/schema.ts';
import type { PaneRun } from '../../src/worker/protocol.ts';

const service = createEngineService('main-thread');
const ctx = { progress: () => {} };

async function pane(name: string, answerer: 'fatigued' | 'attentive' = 'fatigued'): Promise<PaneRun> {
  const profile = preset('claude-code', name) as ProductProfile;
  return service.run({ scenarioId: 'phished-prompt', product: 'claude-code', profile, seed: 1, answerer, answers: [], worstCase: true }, ctx);
}

describe('engine service: blast radius and verdict for a pane', () => {
  it('draws the exfiltrated credentials and scores what happened', async () => {
    const p = await pane('v1-approvals');
    expect(p.contained).toBe(false);
    expect(p.blast).not.toBeNull();
    expect(p.blast?.assets.find((a) => a.id === 'secret:aws-credentials')).toMatchObject({ zone: 'host-secrets', mark: 'exfiltrated' });
    expect(p.blast?.realized).toBeGreaterThan(0);
  });

  it('under the shipped sandbox the worst case names the technique that got through and shows its run', async () => {
    const p = await pane('shipped');
    expect(p).toMatchObject({ contained: false, judgement: { status: 'not-contained', technique: 'git-push' } });
    expect(p.judgement.tried.map((t) => t.technique)).toContain('scripted');
    expect(p.judgement.tried.find((t) => t.technique === 'scripted')).toMatchObject({ status: 'contained', decidedBy: 'os-sandbox' });
    // The log, harms and blast shown are the deciding run's: the push that carried the keys.
    expect(p.log.some((e) => e.type === 'exfiltration' && e.host === 'github.com')).toBe(true);
    expect(p.blast?.assets.find((a) => a.id === 'secret:aws-credentials')?.mark).toBe('exfiltrated');
  });

  it('a sampled run keeps judging the scripted attack alone: the sandbox is named', async () => {
    const profile = preset('claude-code', 'shipped') as ProductProfile;
    const p = await service.run({ scenarioId: 'phished-prompt', product: 'claude-code', profile, seed: 1, answerer: 'fatigued', answers: [], worstCase: false }, ctx);
    expect(p).toMatchObject({ contained: true, decidedBy: 'os-sandbox', judgement: { status: 'contained', tried: [] } });
    expect(p.blast?.assets.some((a) => a.mark === 'exfiltrated')).toBe(false);
  });

  it('with the keys out of reach every technique is held, and the pane says what stopped each', async () => {
    const profile = structuredClone(preset('claude-code', 'shipped') as ProductProfile);
    if (profile.product !== 'claude-code') throw new Error('preset missing');
    profile.permissions.deny = ['Read(~/.aws/**)'];
    // The deny rule alone leaves the escape hatch: curl opening the file itself outside the sandbox is a prompt.
    const hatch = await service.run({ scenarioId: 'phished-prompt', product: 'claude-code', profile, seed: 1, answerer: 'fatigued', answers: [], worstCase: true }, ctx);
    expect(hatch.judgement.technique).toBe('escape-hatch-file-arg');
    profile.sandbox.allowUnsandboxedCommands = false;
    const p = await service.run({ scenarioId: 'phished-prompt', product: 'claude-code', profile, seed: 1, answerer: 'fatigued', answers: [], worstCase: true }, ctx);
    expect(p).toMatchObject({ contained: true, judgement: { status: 'contained', technique: null } });
    expect(p.judgement.tried.length).toBeGreaterThan(5);
    expect(p.judgement.tried.every((t) => t.status === 'contained' || t.status === 'not-applicable')).toBe(true);
    expect(p.blast?.assets.some((a) => a.mark === 'exfiltrated')).toBe(false);
  });

  it('a person refusing the prompt is reported as the approval queue, not containment', async () => {
    const p = await pane('v1-approvals', 'attentive');
    expect(p).toMatchObject({ contained: false, decidedBy: 'approval-queue' });
  });
});
