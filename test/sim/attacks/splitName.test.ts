// A PreToolUse hook that greps the call for a file's name looks like a boundary until the name is split
// by quotes: the adaptive attacker's split-name technique gets past it, while a Read deny rule (which
// judges the path the shell builds) still holds. Computed by running every technique, not declared.
import { describe, expect, it } from 'vitest';
import { adaptiveWorstCase } from '../../../src/sim/attacks/adaptive.ts';
import { splitPathName } from '../../../src/sim/attacks/techniques/splitName.ts';
import { preset } from '../../../src/sim/profile/presets.ts';
import type { ProductProfile } from '../../../src/sim/profile/schema.ts';
import { phishedPrompt } from '../../../src/sim/scenarios/phishedPrompt.ts';

type CC = Extract<ProductProfile, { product: 'claude-code' }>;
const GUARD = 'grep -q credentials && { echo "refused: names a credentials file" >&2; exit 2; }; exit 0';

function guarded(extraDeny: string[] = []): CC {
  const p = preset('claude-code', 'v1-approvals') as CC;
  return {
    ...p,
    permissions: { ...p.permissions, deny: [...p.permissions.deny, ...extraDeny] },
    hooks: [{ event: 'PreToolUse', matcher: '*', command: GUARD }],
  };
}

describe('split-name: a guard that greps the command is not a boundary', () => {
  it('splits only the last name, so bash joins it back to the same path', () => {
    expect(splitPathName('~/.aws/credentials')).toBe("~/.aws/crede''ntials");
    expect(splitPathName('/etc/x y')).toBe("/etc/x''' y'");
  });

  it('gets past a grep guard on every tool, after the guard refused every technique that names the file', async () => {
    const v = await adaptiveWorstCase(phishedPrompt, guarded(), 'learner');
    // In default mode the cat still asks: the guard hook is out of the way, and only the person's no is left.
    expect(v.status).toBe('prompt-only');
    expect(v.technique).toBe('split-name');
    const others = v.attempts.filter((a) => a.technique !== 'split-name');
    expect(others.length).toBeGreaterThan(10);
    expect(others.every((a) => a.status === 'contained' && a.verdict.decidedBy === 'hooks')).toBe(true);
    expect(v.attempts.find((a) => a.technique === 'split-name')?.verdict.decidedBy).toBe('approval-queue');
  });

  it('a Read deny rule beside the guard stops the split name too: the rule judges the path, not the text', async () => {
    const v = await adaptiveWorstCase(phishedPrompt, guarded(['Read(~/.aws/**)']), 'learner');
    const split = v.attempts.find((a) => a.technique === 'split-name');
    expect(split?.status).toBe('contained');
    expect(split?.verdict.decidedBy).toBe('permission-rules');
  });
});
