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

  it('under the shipped sandbox the credentials stay home and the sandbox is named', async () => {
    const p = await pane('shipped');
    expect(p).toMatchObject({ contained: true, decidedBy: 'os-sandbox' });
    expect(p.blast?.assets.some((a) => a.mark === 'exfiltrated')).toBe(false);
  });

  it('a person refusing the prompt is reported as the approval queue, not containment', async () => {
    const p = await pane('v1-approvals', 'attentive');
    expect(p).toMatchObject({ contained: false, decidedBy: 'approval-queue' });
  });
});
