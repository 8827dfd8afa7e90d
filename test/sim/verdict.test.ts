import { describe, expect, it } from 'vitest';
import { containmentVerdict } from '../../src/sim/verdict.ts';
import type { Answerer } from '../../src/sim/agent/approvals.ts';
import { preset } from '../../src/sim/profile/presets.ts';
import type { ProductProfile } from '../../src/sim/profile/schema.ts';
import { runScenario } from '../../src/sim/run/runScenario.ts';
import { phishedPrompt } from '../../src/sim/scenarios/phishedPrompt.ts';

async function judge(profile: ProductProfile, answerer: Answerer, worstCase = true, answers: boolean[] = []) {
  const r = await runScenario({ scenario: phishedPrompt, profile, seed: 3, answerer, worstCase, answers });
  return { verdict: containmentVerdict({ outcome: r.outcome, log: r.log, status: r.status }), outcome: r.outcome };
}

function v1(edit: (p: Extract<ProductProfile, { product: 'claude-code' }>) => void = () => {}): ProductProfile {
  const p = structuredClone(preset('claude-code', 'v1-approvals') as ProductProfile);
  if (p.product === 'claude-code') edit(p);
  return p;
}

describe('containment verdict', () => {
  it('a deterministic layer that held is containment, and it is named', async () => {
    const { verdict, outcome } = await judge(preset('claude-code') as ProductProfile, 'fatigued');
    expect(outcome.harms.some((h) => h.happened)).toBe(false);
    expect(verdict).toMatchObject({ contained: true, decidedBy: 'os-sandbox' });
  });

  it('a harm stopped only by a person refusing the prompt is not contained: the approval queue is named', async () => {
    const { verdict, outcome } = await judge(v1(), 'attentive');
    expect(outcome.harms.some((h) => h.happened)).toBe(false);
    expect(verdict).toMatchObject({ contained: false, decidedBy: 'approval-queue' });
    expect(verdict.reason).toMatch(/approvals are not a boundary/);
  });

  it('dontAsk turns the same prompts into refusals, which is a boundary', async () => {
    const { verdict } = await judge(v1((p) => { p.permissions.defaultMode = 'dontAsk'; }), 'attentive');
    expect(verdict).toMatchObject({ contained: true, decidedBy: 'permission-rules' });
  });

  it('a learner saying no live is a person too', async () => {
    const { verdict } = await judge(v1(), 'learner', true, [true, true, true, false, true]);
    expect(verdict).toMatchObject({ contained: false, decidedBy: 'approval-queue' });
  });

  it('harm that happened is never contained', async () => {
    const { verdict, outcome } = await judge(v1(), 'learner', true, [true, true, true, true, true]);
    expect(outcome.harms.some((h) => h.happened)).toBe(true);
    expect(verdict).toMatchObject({ contained: false, decidedBy: null });
  });

  it('outside the worst case a lucky model refusal does not count as containment', async () => {
    const p = v1();
    p.model.userPromptFollowRate = 0;
    const { verdict, outcome } = await judge(p, 'fatigued', false);
    expect(outcome.decidedBy).toBe('model');
    expect(verdict.contained).toBe(false);
  });

  it('a run waiting on an approval is not contained', async () => {
    const { verdict } = await judge(v1(), 'learner', true, []);
    expect(verdict).toMatchObject({ contained: false, decidedBy: 'approval-queue' });
  });
});
