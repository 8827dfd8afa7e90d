// The verifier against a stand-in engine whose outcome depends on the profile, so each verdict
// below is computed from settings, not assumed.
import { describe, expect, it } from 'vitest';
import { checkLesson, verifyAll, verifyLesson, type LessonEngine } from '../../src/lessons/verify.ts';
import { goal, noExfiltration, taskCompletes } from '../../src/lessons/goals.ts';
import type { Lesson } from '../../src/lessons/types.ts';

/** Credentials leak unless the sandbox is on; the task fails if the allowlist lost the registry. */
const toyEngine = (ids: string[] = ['toy']): LessonEngine => ({
  scenarioIds: () => ids,
  async run({ scenario, profile }) {
    if (profile.product !== 'claude-code') throw new Error('toy engine only knows claude-code');
    const leaked = !profile.sandbox.enabled;
    return {
      scenario, harms: [{ id: 'leak', happened: leaked }], taskCompleted: profile.sandbox.network.allowedDomains.includes('registry.npmjs.org'),
      prompts: 0, exfiltrations: leaked ? [{ secretId: 'aws', host: 'evil.example' }] : [], decidedBy: leaked ? null : 'os-sandbox',
    };
  },
});

const lesson = (over: Partial<Lesson> = {}): Lesson => ({
  id: 'toy-lesson', title: 'Toy', blurb: '', teaches: [], uses: [], text: [], sources: [], product: 'claude-code',
  scenarios: ['toy'], start: { preset: 'v1-approvals', changes: [] }, run: { seed: 1, answerer: 'fatigued', worstCase: true },
  controls: [{ path: 'claude-code.sandbox.enabled', label: 'sandbox' }, { path: 'claude-code.sandbox.network.allowedDomains', label: 'domains' }],
  goal: goal('safe and working', noExfiltration(), taskCompletes()),
  hints: [], solution: [{ path: 'claude-code.sandbox.enabled', value: true }], quiz: { question: '', answers: [] }, ...over,
});

describe('verifyLesson', () => {
  it('proves a solvable lesson: the start fails and the solution passes', async () => {
    expect(await verifyLesson(lesson(), toyEngine())).toEqual({ id: 'toy-lesson', title: 'Toy', startFails: true, solutionPasses: true, problems: [], missingScenario: false });
  });

  it('catches a lesson that is already solved at the start', async () => {
    const v = await verifyLesson(lesson({ start: { preset: 'shipped', changes: [] } }), toyEngine());
    expect(v.startFails).toBe(false);
    expect(v.problems).toContain('the starting settings already meet the goal');
  });

  it('catches a reference solution that breaks the task, naming the failed clause', async () => {
    const v = await verifyLesson(lesson({ solution: [{ path: 'claude-code.sandbox.enabled', value: true }, { path: 'claude-code.sandbox.network.allowedDomains', value: [] }] }), toyEngine());
    expect(v.solutionPasses).toBe(false);
    expect(v.problems.join(' ')).toContain("The user's task still completes: the task did not finish in: toy");
  });

  it('fails a lesson whose "wrong fix" trap actually meets the goal, and accepts a real trap', async () => {
    const emptyAllowlist = { changes: [{ path: 'claude-code.sandbox.network.allowedDomains', value: [] }], why: 'an empty allowlist alone' };
    const bad = await verifyLesson(lesson({ traps: [emptyAllowlist] }), toyEngine());
    expect(bad.problems).toEqual([]);
    const sandboxTrap = { changes: [{ path: 'claude-code.sandbox.enabled', value: true }], why: 'the sandbox is not wrong here' };
    const wrong = await verifyLesson(lesson({ traps: [sandboxTrap] }), toyEngine());
    expect(wrong.problems).toEqual(['a wrong fix meets the goal (the sandbox is not wrong here)']);
  });

  it('marks a lesson whose scenario the engine does not have yet', async () => {
    const v = await verifyLesson(lesson({ scenarios: ['toy', 'future-incident'] }), toyEngine());
    expect(v.missingScenario).toBe(true);
    expect(v.problems).toEqual(["scenario future-incident is not in the engine's catalog yet"]);
  });

  it('reports an engine failure and bad settings instead of throwing', async () => {
    const cowork = await verifyLesson(lesson({ product: 'cowork', start: { preset: 'shipped', changes: [] }, controls: [], solution: [] }), toyEngine());
    expect(cowork.problems.join(' ')).toContain('toy engine only knows claude-code');
    const badPreset = await verifyLesson(lesson({ start: { preset: 'nope', changes: [] } }), toyEngine());
    expect(badPreset.problems.join(' ')).toContain('has no preset "nope"');
  });

  it('checks any profile a learner builds, and verifies lists of lessons in order', async () => {
    const engine = toyEngine();
    const l = lesson();
    const solved = await verifyAll([l, { ...l, id: 'second' }], engine);
    expect(solved.map((v) => v.id)).toEqual(['toy-lesson', 'second']);
    const { shippedProfile } = await import('../../src/sim/profile/presets.ts');
    const check = await checkLesson(l, shippedProfile('claude-code'), engine);
    expect(check.ok && check.report.passed).toBe(true);
  });
});
