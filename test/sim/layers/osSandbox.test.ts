import { describe, expect, it } from 'vitest';
import { sandboxFs, settingsGuard } from '../../../src/sim/layers/osSandbox.ts';
import { PASS } from '../../../src/sim/layers/types.ts';
import { compileClaudeCodeProfile } from '../../../src/sim/products/claudeCodeClient.ts';
import { shippedProfile } from '../../../src/sim/profile/presets.ts';
import type { ClaudeCodeProfile } from '../../../src/sim/profile/schema.ts';

const cwd = '/home/dev/p';
const write = (p: ClaudeCodeProfile, path: string, settingsExists = false) => {
  const cc = compileClaudeCodeProfile(p, { cwd, home: '/home/dev', probe: (abs: string) => (abs === cwd || abs === `${cwd}/src` || abs === `${cwd}/.claude` ? 'dir' : abs === `${cwd}/src/index.ts` || (settingsExists && abs === `${cwd}/.claude/settings.json`) ? 'file' : undefined) });
  const a = { op: 'write', path, realPath: path, via: 'sandboxed-bash' } as const;
  if (cc.sandbox === null) return undefined;
  const guard = settingsGuard(p.sandbox.protectSettingsFiles, cwd, a);
  return (guard.decision !== 'pass' ? guard : sandboxFs(cc.sandbox, a)).decision;
};

describe('Claude Code settings files inside the sandbox', () => {
  const shipped = shippedProfile('claude-code') as ClaudeCodeProfile;
  const preFix: ClaudeCodeProfile = { ...shipped, sandbox: { ...shipped.sandbox, protectSettingsFiles: false } };

  it('keeps a missing .claude/settings.json read-only once the fix is in', () => {
    expect(write(shipped, `${cwd}/.claude/settings.json`)).toBe('deny');
    expect(write(shipped, `${cwd}/src/index.ts`)).toBe('allow');
  });

  it('before the fix relied on srt, which protects only paths that exist: a missing file stayed writable', () => {
    expect(write(preFix, `${cwd}/.claude/settings.json`)).toBe('allow');
    expect(write(preFix, `${cwd}/.claude/settings.json`, true)).toBe('deny');
  });

  it('leaves reads and unsandboxed tools alone', () => {
    expect(settingsGuard(shipped.sandbox.protectSettingsFiles, cwd, { op: 'read', path: `${cwd}/.claude/settings.json`, realPath: `${cwd}/.claude/settings.json`, via: 'sandboxed-bash' })).toEqual(PASS);
    expect(settingsGuard(shipped.sandbox.protectSettingsFiles, cwd, { op: 'write', path: `${cwd}/.claude/settings.json`, realPath: `${cwd}/.claude/settings.json`, via: 'tool' })).toEqual(PASS);
  });
});
