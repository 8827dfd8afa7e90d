import { describe, expect, it } from 'vitest';
import { claudeCodeSandboxSettings, compileClaudeCode, decideClaudeCodeBash, decideUnsandboxedRetry, type ClaudeCodeProfile } from '../../../src/sim/policy/claudeCode.ts';
import { sandboxWrite } from '../../../src/sim/policy/sandbox.ts';

const ctx = { cwd: '/w/proj', home: '/w/home', projectRoot: '/w/proj' };

function profile(p: Partial<ClaudeCodeProfile['permissions']>, sandbox: ClaudeCodeProfile['sandbox']): ClaudeCodeProfile {
  return { permissions: { allow: [], ask: [], deny: [], ...p }, sandbox };
}

describe('Claude Code sandbox block', () => {
  it('makes the working directory and additionalDirectories writable for Bash', () => {
    const settings = claudeCodeSandboxSettings(profile({ additionalDirectories: ['/srv/data'] }, { enabled: true, filesystem: { allowWrite: ['~/.cache'] } }));
    expect(settings.filesystem.allowWrite).toEqual(['.', '/srv/data', '~/.cache']);
    const c = compileClaudeCode(profile({}, { enabled: true }), ctx);
    expect(c.sandbox && sandboxWrite(c.sandbox, '/w/proj/src/a.ts').decision).toBe('allow');
  });

  it('autoAllowBashIfSandboxed runs unmatched commands without a prompt, inside the sandbox', () => {
    const c = compileClaudeCode(profile({}, { enabled: true }), ctx);
    expect(decideClaudeCodeBash(c, 'npm test', ctx)).toMatchObject({ decision: 'allow', sandboxed: true, layer: 'os-sandbox' });
    const regular = compileClaudeCode(profile({}, { enabled: true, autoAllowBashIfSandboxed: false }), ctx);
    expect(decideClaudeCodeBash(regular, 'npm test', ctx)).toMatchObject({ decision: 'ask', sandboxed: true });
  });

  it('deny and ask rules still apply under auto-allow', () => {
    const c = compileClaudeCode(profile({ deny: ['Bash(curl *)'], ask: ['Bash(git push *)'] }, { enabled: true }), ctx);
    expect(decideClaudeCodeBash(c, 'curl https://x.example', ctx).decision).toBe('deny');
    expect(decideClaudeCodeBash(c, 'git push origin main', ctx).decision).toBe('ask');
  });

  it('excludedCommands run outside the sandbox under the normal rules', () => {
    const c = compileClaudeCode(profile({}, { enabled: true, excludedCommands: ['docker *'] }), ctx);
    expect(decideClaudeCodeBash(c, 'docker run alpine', ctx)).toMatchObject({ decision: 'ask', sandboxed: false });
  });

  it('without the sandbox every command goes through the rules', () => {
    const c = compileClaudeCode(profile({}, {}), ctx);
    expect(decideClaudeCodeBash(c, 'npm test', ctx)).toMatchObject({ decision: 'ask', sandboxed: false });
  });

  it('if the sandbox cannot start: unsandboxed with a warning, unless failIfUnavailable', () => {
    const lenient = compileClaudeCode(profile({ allow: ['Bash(npm test)'] }, { enabled: true }), ctx);
    expect(decideClaudeCodeBash(lenient, 'npm test', ctx, false)).toMatchObject({ decision: 'allow', sandboxed: false });
    const strict = compileClaudeCode(profile({ allow: ['Bash(npm test)'] }, { enabled: true, failIfUnavailable: true }), ctx);
    expect(decideClaudeCodeBash(strict, 'npm test', ctx, false)).toMatchObject({ decision: 'deny', rule: 'sandbox.failIfUnavailable' });
  });

  it('the unsandboxed retry needs approval, and allowUnsandboxedCommands: false removes it', () => {
    expect(decideUnsandboxedRetry(compileClaudeCode(profile({}, { enabled: true }), ctx), 'x').decision).toBe('ask');
    expect(decideUnsandboxedRetry(compileClaudeCode(profile({}, { enabled: true, allowUnsandboxedCommands: false }), ctx), 'x').decision).toBe('deny');
  });
});
