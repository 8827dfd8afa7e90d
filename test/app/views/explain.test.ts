import { describe, expect, it } from 'vitest';
import { explainEvent } from '../../../src/app/views/explain.ts';
import { stripAnsi, transcriptText } from '../../../src/app/views/transcript.ts';
import { visibleEvents } from '../../../src/app/views/visibility.ts';
import { runScenario } from '../../../src/sim/run/runScenario.ts';
import { scenarioById } from '../../../src/sim/scenarios/index.ts';
import { shippedProfile } from '../../../src/sim/profile/presets.ts';
import { setAtPath } from '../../../src/sim/profile/controlPath.ts';

async function run(sandbox: boolean) {
  const scenario = scenarioById('phished-prompt');
  if (!scenario) throw new Error('phished-prompt missing');
  const profile = setAtPath(shippedProfile('claude-code'), 'sandbox.enabled', sandbox);
  // A person who says yes to everything: the boundary (or its absence) is what the sentences describe.
  return runScenario({ scenario, profile, seed: 1, answerer: 'learner', answers: Array(20).fill(true), worstCase: true });
}

describe('plain-words views of a real run', () => {
  it('explains every decision with its layer, and the transcript shows commands with their real output', async () => {
    const result = await run(true);
    const texts = result.log.map(explainEvent).filter((x) => x !== null).map((x) => x.text);
    expect(texts.some((t) => /^Blocked by the OS sandbox/.test(t))).toBe(true);
    const plain = stripAnsi(transcriptText(result.log, Number.POSITIVE_INFINITY));
    expect(plain).toContain('$ cat package.json');
    expect(plain).toContain('"scripts"');
    expect(plain).toMatch(/curl: .*403/);
  });

  it('names the exfiltration when the sandbox is off', async () => {
    const result = await run(false);
    const harms = result.log.map(explainEvent).filter((x) => x?.tone === 'harm').map((x) => x?.text);
    expect(harms.some((t) => t?.startsWith('Exfiltrated: aws-credentials'))).toBe(true);
  });

  it('holds back a step\'s verdicts during the presenter pause', async () => {
    const result = await run(true);
    const step = Math.max(...result.log.filter((e) => e.type === 'layer-decision').map((e) => e.step));
    const asked = visibleEvents(result.log, step, 'ask').filter((e) => e.step === step);
    const revealed = visibleEvents(result.log, step, 'reveal').filter((e) => e.step === step);
    expect(asked.every((e) => ['run-started', 'user-prompt', 'tool-call', 'choice'].includes(e.type))).toBe(true);
    expect(revealed.some((e) => e.type === 'layer-decision')).toBe(true);
  });
  it('holds the set-up\'s decisions back in presenter mode until the verdict, since they would answer the room in advance', async () => {
    const scenario = scenarioById('phished-prompt');
    if (!scenario) throw new Error('phished-prompt missing');
    const result = await runScenario({ scenario, profile: shippedProfile('claude-ai'), seed: 1, answerer: 'attentive', worstCase: true });
    const setupDecisions = result.log.filter((e) => e.step === 0 && e.type === 'layer-decision');
    expect(setupDecisions.length).toBeGreaterThan(0);
    const held = visibleEvents(result.log, 1, 'ask', true);
    expect(held.filter((e) => e.step === 0 && e.type === 'layer-decision')).toEqual([]);
    expect(held.some((e) => e.type === 'user-prompt')).toBe(true);
    expect(visibleEvents(result.log, 1, 'ask', false).filter((e) => e.step === 0 && e.type === 'layer-decision')).toEqual(setupDecisions);
  });

  it('a write the sandbox discarded (into a read-denied folder) says it changed nothing, not that it was refused', () => {
    const line = explainEvent({ type: 'file-access', op: 'write', path: '/home/dev/.aws/config', ok: false, discarded: true, seq: 1, step: 1 });
    expect(line?.text).toMatch(/throwaway mount/);
    expect(line?.text).not.toMatch(/failed|refused/);
    expect(line?.tone).not.toBe('deny');
  });
});

