import { describe, expect, it } from 'vitest';
import { claudeCodeSandboxSettings, compileClaudeCode, decideClaudeCodeBash, decideUnsandboxedRetry, type ClaudeCodeSettingsBlocks } from '../../../src/sim/policy/claudeCode.ts';
import { sandboxWrite } from '../../../src/sim/policy/sandbox.ts';

const ctx = { cwd: '/w/proj', home: '/w/home', projectRoot: '/w/proj' };

function profile(p: Partial<ClaudeCodeSettingsBlocks['permissions']>, sandbox: ClaudeCodeSettingsBlocks['sandbox']): ClaudeCodeSettingsBlocks {
  return { permissions: { allow: [], ask: [], deny: [], ...p }, sandbox };
}

describe('Claude Code sandbox block', () => {
  it('makes the working directory and additionalDirectories writable for Bash', () => {
    const settings = claudeCodeSandboxSettings(profile({ additionalDirectories: ['/srv/data'] }, { enabled: true, filesystem: { allowWrite: ['~/.cache'] } }));
    expect(settings.filesystem.allowWrite).toEqual(['.', '/srv/data', '~/.cache']);
    const c = compileClaudeCode(profile({}, { enabled: true }), ctx);
    expect(c.sandbox && sandboxWrite(c.sandbox, '/w/proj/src/a.ts').decision).toBe('allow');
  });

  it('autoAllowBashIfSandboxed runs unmatched commands without a prompt, inside the sandbox; left out, it is off', () => {
    const c = compileClaudeCode(profile({}, { enabled: true, autoAllowBashIfSandboxed: true }), ctx);
    expect(decideClaudeCodeBash(c, 'npm test', ctx)).toMatchObject({ decision: 'allow', sandboxed: true, layer: 'os-sandbox' });
    // Measured on 2.1.328 (differential suite, "sandbox on, auto-allow left out"): the client still asks.
    const regular = compileClaudeCode(profile({}, { enabled: true }), ctx);
    expect(decideClaudeCodeBash(regular, 'npm test', ctx)).toMatchObject({ decision: 'ask', sandboxed: true });
    expect(decideClaudeCodeBash(regular, 'ls', ctx)).toMatchObject({ decision: 'allow', sandboxed: true });
  });

  it('auto-allow does not cover an env prefix or a URL query with values (measured)', () => {
    const c = compileClaudeCode(profile({}, { enabled: true, autoAllowBashIfSandboxed: true }), ctx);
    expect(decideClaudeCodeBash(c, 'FOO=1 npm test', ctx).decision).toBe('ask');
    expect(decideClaudeCodeBash(c, "curl -s 'https://x.example/p?ref=1'", ctx).decision).toBe('ask');
    expect(decideClaudeCodeBash(c, 'curl -s https://x.example/p?y', ctx).decision).toBe('allow');
  });

  it('deny and ask rules still apply under auto-allow', () => {
    const c = compileClaudeCode(profile({ deny: ['Bash(curl *)'], ask: ['Bash(git push *)'] }, { enabled: true, autoAllowBashIfSandboxed: true }), ctx);
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

  it('the unsandboxed retry needs approval unless a rule decides, and allowUnsandboxedCommands: false removes it', () => {
    expect(decideUnsandboxedRetry(compileClaudeCode(profile({}, { enabled: true }), ctx), 'ls', ctx).decision).toBe('ask');
    expect(decideUnsandboxedRetry(compileClaudeCode(profile({ allow: ['Bash(curl *)'] }, { enabled: true }), ctx), 'curl -s https://x.example', ctx).decision).toBe('allow');
    expect(decideUnsandboxedRetry(compileClaudeCode(profile({}, { enabled: true, allowUnsandboxedCommands: false }), ctx), 'x', ctx).decision).toBe('deny');
    expect(decideUnsandboxedRetry(compileClaudeCode(profile({}, {}), ctx), 'ls', ctx).decision).toBe('allow');
  });

  it('Claude Code hands Read deny, Edit and WebFetch domain rules to the sandbox', () => {
    const s = claudeCodeSandboxSettings(profile({ deny: ['Read(~/.ssh/**)', 'WebFetch(domain:evil.example)'], allow: ['Edit(/docs/**)', 'WebFetch(domain:docs.example)'] }, { enabled: true }));
    expect(s.filesystem.denyRead).toContain('~/.ssh');
    expect(s.filesystem.allowWrite).toContain('./docs');
    expect(s.network.allowedDomains).toContain('docs.example');
    expect(s.network.deniedDomains).toContain('evil.example');
  });
});
