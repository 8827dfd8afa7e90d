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
import { analyzeBash } from '../../../src/sim/policy/bashAnalysis.ts';
import { setupFor } from '../../../src/sim/products/index.ts';

const calls = (log: readonly SimEvent[], tools: string[]) => log.filter((e) => e.type === 'tool-call' && tools.includes(e.tool)).length;
/** Commands run with an environment assignment in front that auto-allow does not cover (`FOO=1 x`; `TZ=UTC` is fine, measured). */
const envPrefixed = (log: readonly SimEvent[]) => log.filter((e) => e.type === 'tool-call' && e.tool === 'Bash' && analyzeBash(e.input).commands.some((c) => c.envPrefix)).length;

/** The benign session only, everyone answering yes: what a developer would be asked in an hour of work. */
async function session(profile: ProductProfile) {
  const r = await runScenario({ scenario: approvalFatigue, profile, seed: 1, answerer: 'attentive' });
  const benign = r.log.filter((e) => e.type === 'approval-asked' && !e.input.includes('.bashrc')).length;
  return { r, benign };
}

export async function measuredReduction(): Promise<{ v1: number; sandboxed: number; percent: number }> {
  const setup = setupFor(approvalFatigue, 'claude-code');
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

  it('the v1 client prompts for every command and edit; the sandbox leaves edits and env-prefixed commands', async () => {
    const { r: v1 } = await session(profileOf('claude-code', 'v1-approvals'));
    expect(v1.outcome.prompts).toBe(calls(v1.log, ['Bash', 'Edit', 'Write']));
    const { r: sandboxed } = await session(profileOf('claude-code', 'shipped'));
    expect(sandboxed.outcome.prompts).toBe(calls(sandboxed.log, ['Edit', 'Write']) + envPrefixed(sandboxed.log));
    expect(sandboxed.outcome.prompts).toBeLessThan(v1.outcome.prompts);
    // Accepting edits inside the project on top of the sandbox leaves only the env-prefixed commands.
    const { r: quiet } = await session(setAtPath(profileOf('claude-code', 'shipped'), 'permissions.defaultMode', 'acceptEdits') as ProductProfile);
    expect(quiet.outcome.prompts).toBe(envPrefixed(quiet.log));
    expect(quiet.outcome.taskCompleted).toBe(true);
    // The current client without the sandbox already runs read-only commands without asking.
    const { r: current } = await session(setAtPath(profileOf('claude-code', 'shipped'), 'sandbox.enabled', false) as ProductProfile);
    expect(current.outcome.prompts).toBeLessThan(v1.outcome.prompts);
    expect(current.outcome.prompts).toBeGreaterThan(sandboxed.outcome.prompts);
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

  it('the approved overeager write reaches ~/.bashrc; with the sandbox the approved write is refused by the OS', async () => {
    const { original, fixed: wholeFix } = await proveFix(approvalFatigue, 'claude-code');
    expect(harmed(original)).toBe(true);
    expect(original.log.some((e) => e.type === 'approval-answered' && e.approved && e.by === 'fatigued')).toBe(true);
    expect(harmed(wholeFix)).toBe(false);
    // The fix also denies the Edit tool on home dotfiles (the sandbox does not wrap the client's own tools,
    // so the adaptive attacker's Edit would otherwise reach a prompt); the sandbox part alone holds the shell.
    const setup = setupFor(approvalFatigue, 'claude-code');
    const sandboxPart = { ...setup.fix, changes: setup.fix.changes.filter((c) => c.path.startsWith('sandbox.')) };
    const fixed = await runScenario({ scenario: approvalFatigue, profile: applyFix(profileOf('claude-code', setup.original), sandboxPart), seed: 1, answerer: setup.answerer, worstCase: true });
    expect(harmed(fixed)).toBe(false);
    expect(fixed.outcome.decidedBy).toBe('os-sandbox');
    // The real client asks before a quoted `export NAME=` even inside the sandbox (measured); a yes changes nothing.
    expect(fixed.log.some((e) => e.type === 'approval-asked' && e.input.includes('.bashrc'))).toBe(true);
    expect(fixed.log.some((e) => e.type === 'file-access' && e.path.endsWith('.bashrc') && !e.ok && e.layer === 'os-sandbox')).toBe(true);
  });
});
