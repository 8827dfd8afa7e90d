import { describe, expect, it } from 'vitest';
import { CLASSIFIER, classify, fatiguedApprovalRate, humanAnswer, newClassifierState, type ApprovalRequest } from '../../../src/sim/agent/approvals.ts';

const req = (promptNumber: number): ApprovalRequest => ({ id: promptNumber, tool: 'Bash', input: 'x', reason: 'r', layer: 'permission-rules', promptNumber });

describe('answerers', () => {
  it('fatigued approval rises with the prompt count and averages about 93% over twenty prompts', () => {
    const rates = Array.from({ length: 20 }, (_, i) => fatiguedApprovalRate(i + 1));
    rates.slice(1).forEach((r, i) => expect(r).toBeGreaterThan(rates[i] ?? 1));
    const mean = rates.reduce((s, r) => s + r, 0) / rates.length;
    expect(mean).toBeGreaterThan(0.92);
    expect(mean).toBeLessThan(0.95);
  });

  it('classifier falls back to prompting after three denials in a row', () => {
    const state = newClassifierState();
    const always = () => true;
    for (let i = 0; i < CLASSIFIER.maxConsecutiveDenials; i += 1) expect(classify(state, true, always, 'x')).toBe('block');
    expect(state.fallenBack).toBe(true);
  });

  it('classifier falls back after twenty denials in total even when they are not consecutive', () => {
    const state = newClassifierState();
    let n = 0;
    const alternate = () => (n++ % 3 !== 2);
    while (!state.fallenBack && n < 100) classify(state, true, alternate, 'x');
    expect(state.totalDenials).toBe(CLASSIFIER.maxTotalDenials);
    expect(state.consecutiveDenials).toBeLessThan(CLASSIFIER.maxConsecutiveDenials);
  });

  it('uses the catch rate for harmful actions and the false-block rate for benign ones', () => {
    const seen: number[] = [];
    const spy = (_k: string, p: number) => { seen.push(p); return false; };
    classify(newClassifierState(), true, spy, 'x');
    classify(newClassifierState(), false, spy, 'x');
    expect(seen).toEqual([CLASSIFIER.catchRate, CLASSIFIER.falseBlockRate]);
  });

  it('learner answers in order and waits when none is left; attentive refuses only injected actions', () => {
    const never = () => { throw new Error('learner and attentive answers are not random'); };
    expect(humanAnswer('learner', req(1), false, [false], 0, never)).toEqual({ kind: 'answer', approved: false, by: 'learner' });
    expect(humanAnswer('learner', req(2), false, [false], 1, never)).toEqual({ kind: 'wait' });
    expect(humanAnswer('attentive', req(1), true, [], 0, never)).toMatchObject({ approved: false });
    expect(humanAnswer('attentive', req(1), false, [], 0, never)).toMatchObject({ approved: true });
  });
});
