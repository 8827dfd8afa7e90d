// The friction story, measured: prompt counts come from running the session through the permission
// rules and the sandbox settings; the expected counts are derived from the log's own tool calls.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../../src/sim/core/events.ts';
import { setAtPath } from '../../../src/sim/profile/controlPath.ts';
import type { ProductProfile } from '../../../src/sim/profile/schema.ts';
import { runScenario } from '../../../src/sim/run/runScenario.ts';
import { applyFix } from '../../../src/sim/scenarios/fix.ts';
import { SESSION_TOOL_CALLS, approvalFatigue } from '../../../src/sim/scenarios/approvalFatigue.ts';
import { harmed, profileOf, proveFix } from './incidentProof.ts';

const calls = (log: readonly SimEvent[], tools: string[]) => log.filter((e) => e.type === 'tool-call' && tools.includes(e.tool)).length;

/** The benign session only, everyone answering yes: what a developer would be asked in an hour of work. */
async function session(profile: ProductProfile) {
  const r = await runScenario({ scenario: approvalFatigue, profile, seed: 1, answerer: 'attentive' });
  const benign = r.log.filter((e) => e.type === 'approval-asked' && !e.input.includes('.bashrc')).length;
  return { r, benign };
}

export async function measuredReduction(): Promise<{ v1: number; sandboxed: number; percent: number }> {
  const setup = approvalFatigue.products['claude-code'];
  const v1 = await session(profileOf('claude-code', setup.original));
  const sandboxed = await session(applyFix(profileOf('claude-code', setup.original), setup.fix));
  return { v1: v1.benign, sandboxed: sandboxed.benign, percent: Math.round((1 - sandboxed.benign / v1.benign) * 100) };
}

describe('approval-fatigue', () => {
  it('is a realistic session of at least 60 tool calls that gets its work done either way', async () => {
    expect(SESSION_TOOL_CALLS).toBeGreaterThanOrEqual(60);
    const { r } = await session(profileOf('claude-code', 'shipped'));
    expect(r.outcome.taskCompleted).toBe(true);
    for (const kind of ['npm install', 'npm test', 'git commit', 'git push']) {
      expect(r.log.some((e) => e.type === 'tool-call' && e.input.includes(kind)), kind).toBe(true);
    }
  });

  it('prompts for every command and edit without the sandbox, only for edits with it', async () => {
    const { r: v1 } = await session(profileOf('claude-code', 'v1-approvals'));
    expect(v1.outcome.prompts).toBe(calls(v1.log, ['Bash', 'Edit', 'Write']));
    const { r: sandboxed } = await session(profileOf('claude-code', 'shipped'));
    expect(sandboxed.outcome.prompts).toBe(calls(sandboxed.log, ['Edit', 'Write']));
    expect(sandboxed.outcome.prompts).toBeLessThan(v1.outcome.prompts);
    // Accepting edits inside the project on top of the sandbox leaves nothing to ask about.
    const { r: quiet } = await session(setAtPath(profileOf('claude-code', 'shipped'), 'permissions.defaultMode', 'acceptEdits') as ProductProfile);
    expect(quiet.outcome.prompts).toBe(0);
    expect(quiet.outcome.taskCompleted).toBe(true);
  });

  it('reports the measured reduction in the README, next to the post\'s 84%', async () => {
    const m = await measuredReduction();
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Approval fatigue: measured prompt reduction'));
    expect(section).toContain(`${m.v1} prompts`);
    expect(section).toContain(`${m.sandboxed} prompts`);
    expect(section).toContain(`${m.percent}% fewer`);
    expect(section).toContain('84%');
  });

  it('the approved overeager write reaches ~/.bashrc; with the sandbox it is refused, not asked about', async () => {
    const { original, fixed } = await proveFix(approvalFatigue, 'claude-code');
    expect(harmed(original)).toBe(true);
    expect(original.log.some((e) => e.type === 'approval-answered' && e.approved && e.by === 'fatigued')).toBe(true);
    expect(harmed(fixed)).toBe(false);
    expect(fixed.outcome.decidedBy).toBe('os-sandbox');
    expect(fixed.log.some((e) => e.type === 'approval-asked' && e.input.includes('.bashrc'))).toBe(false);
  });
});
