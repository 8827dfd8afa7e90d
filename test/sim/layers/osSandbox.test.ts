import { describe, expect, it } from 'vitest';
import { compileOsSandbox, protectedSettings, sandboxFs } from '../../../src/sim/layers/osSandbox.ts';
import { shippedProfile } from '../../../src/sim/profile/presets.ts';
import type { ClaudeCodeProfile } from '../../../src/sim/profile/schema.ts';

const ctx = { cwd: '/home/dev/p', home: '/home/dev' };
const write = (p: ClaudeCodeProfile, path: string, settingsExists = false) =>
  sandboxFs(compileOsSandbox(p, { ...ctx, settingsExists }), { op: 'write', path, realPath: path, via: 'sandboxed-bash' })?.decision;

describe('Claude Code settings files inside the sandbox', () => {
  const shipped = shippedProfile('claude-code') as ClaudeCodeProfile;
  const preFix: ClaudeCodeProfile = { ...shipped, sandbox: { ...shipped.sandbox, protectSettingsFiles: false } };

  it('keeps a missing .claude/settings.json read-only once the fix is in', () => {
    expect(write(shipped, '/home/dev/p/.claude/settings.json')).toBe('deny');
    expect(write(shipped, '/home/dev/p/src/index.ts')).toBe('allow');
  });

  it('before the fix left it writable when missing, protected when present, settings.local.json always', () => {
    expect(write(preFix, '/home/dev/p/.claude/settings.json')).toBe('allow');
    expect(write(preFix, '/home/dev/p/.claude/settings.json', true)).toBe('deny');
    expect(write(preFix, '/home/dev/p/.claude/settings.local.json')).toBe('deny');
    expect(protectedSettings(preFix, false)).toEqual(['.claude/settings.local.json']);
  });
});
