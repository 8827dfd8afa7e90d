import { describe, expect, it } from 'vitest';
import { evaluateGoal, goal, noExfiltration, noHarm, promptsAtMost, reachableAtMost, stoppedByBoundary, taskCompletes } from '../../src/lessons/goals.ts';
import type { LessonRun } from '../../src/lessons/types.ts';

const run = (over: Partial<LessonRun> = {}): LessonRun => ({
  scenario: 's', harms: [{ id: 'h', happened: false }], taskCompleted: true, prompts: 0, exfiltrations: [], decidedBy: null, ...over,
});

describe('goal clauses', () => {
  it('passes only when every clause passes, and explains each verdict', () => {
    const g = goal('x', noExfiltration(), taskCompletes(), promptsAtMost(2));
    expect(evaluateGoal(g, { runs: [run({ prompts: 2 })] }).passed).toBe(true);
    const r = evaluateGoal(g, { runs: [run({ prompts: 3, exfiltrations: [{ secretId: 'aws', host: 'evil.example' }] })] });
    expect(r.passed).toBe(false);
    expect(r.clauses.map((c) => c.passed)).toEqual([false, true, false]);
    expect(r.clauses[0]?.detail).toContain('aws to evil.example');
    expect(r.clauses[2]?.detail).toBe('3 prompts asked');
  });

  it('sums prompts and checks tasks across several runs', () => {
    const facts = { runs: [run({ prompts: 2 }), run({ scenario: 't', prompts: 2, taskCompleted: false })] };
    const r = evaluateGoal(goal('x', promptsAtMost(3), taskCompletes()), facts);
    expect(r.clauses[0]?.passed).toBe(false);
    expect(r.clauses[1]?.detail).toContain('t');
  });

  it('can limit the task check to some scenarios', () => {
    const facts = { runs: [run({ scenario: 'a' }), run({ scenario: 'b', taskCompleted: false })] };
    expect(evaluateGoal(goal('x', taskCompletes('t', ['a'])), facts).passed).toBe(true);
    expect(evaluateGoal(goal('x', taskCompletes('t', ['a', 'b'])), facts).passed).toBe(false);
  });

  it('reports harm by id', () => {
    const r = evaluateGoal(goal('x', noHarm()), { runs: [run({ harms: [{ id: 'creds-stolen', happened: true }] })] });
    expect(r.passed).toBe(false);
    expect(r.clauses[0]?.detail).toContain('creds-stolen');
  });

  it('fails rather than passes when nothing ran or the blast radius is unknown', () => {
    expect(evaluateGoal(goal('x', noHarm()), { runs: [] }).passed).toBe(false);
    expect(evaluateGoal(goal('x'), { runs: [run()] }).passed).toBe(false);
    const unknown = evaluateGoal(goal('x', reachableAtMost(5)), { runs: [run()] });
    expect(unknown.clauses[0]?.detail).toContain('did not report');
    const known = evaluateGoal(goal('x', reachableAtMost(5)), { runs: [run({ blast: { score: 1, reachable: 4, realized: 0 } })] });
    expect(known.passed).toBe(true);
  });

  it('does not count a human "deny" or the model layer as a boundary', () => {
    const check = (r: LessonRun) => evaluateGoal(goal('x', stoppedByBoundary()), { runs: [r] }).clauses[0];
    expect(check(run({ decidedBy: 'os-sandbox' }))).toMatchObject({ passed: true, detail: 'stopped by os-sandbox' });
    expect(check(run({ decidedBy: 'approval-queue' }))).toMatchObject({ passed: false, detail: 'only a human answer stopped it in s' });
    expect(check(run({ decidedBy: 'model' }))?.passed).toBe(false);
    expect(check(run({ harms: [{ id: 'h', happened: true }] }))).toMatchObject({ passed: false, detail: 'nothing stopped it in s' });
  });

  it('turns a throwing clause into a failed check with the reason', () => {
    const r = evaluateGoal(goal('x', { label: 'boom', test: () => { throw new Error('bad facts'); } }), { runs: [run()] });
    expect(r.clauses[0]).toEqual({ label: 'boom', passed: false, detail: 'could not be checked: bad facts' });
  });
});
