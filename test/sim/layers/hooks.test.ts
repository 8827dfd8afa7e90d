import { describe, expect, it } from 'vitest';
import { matcherMatches, preToolUseDecision, withHookDecision, type HookRun } from '../../../src/sim/layers/hooks.ts';
import { commandHooks } from '../../../src/sim/config/hooksSettings.ts';
import { decide } from '../../../src/sim/layers/catalog.ts';

const run = (exitCode: number, stdout = '', stderr = ''): HookRun => ({ hook: { event: 'PreToolUse', command: 'guard.sh' }, exitCode, stdout, stderr });
const json = (permissionDecision: string) => JSON.stringify({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision, permissionDecisionReason: 'policy' } });

describe('hook matchers', () => {
  it('match names exactly, alternatives, patterns and everything', () => {
    expect(matcherMatches('Bash', 'Bash')).toBe(true);
    expect(matcherMatches('bash', 'Bash')).toBe(false);
    expect(matcherMatches('Read|Write', 'Write')).toBe(true);
    expect(matcherMatches('Read|Write', 'Bash')).toBe(false);
    expect(matcherMatches('mcp__.*', 'mcp__github__get')).toBe(true);
    expect(matcherMatches('*', 'WebFetch')).toBe(true);
    expect(matcherMatches(undefined, 'WebFetch')).toBe(true);
    expect(matcherMatches('(', 'Bash')).toBe(false);
  });
});

describe('PreToolUse decisions', () => {
  it('exit 2 refuses with the hook\'s stderr, exit 1 and plain exit 0 decide nothing', () => {
    const d = preToolUseDecision('Bash', [run(2, '', 'not here')]);
    expect(d?.decision).toBe('deny');
    expect(d?.reason).toContain('not here');
    expect(preToolUseDecision('Bash', [run(1, '', 'oops')])).toBeNull();
    expect(preToolUseDecision('Bash', [run(0, 'fine')])).toBeNull();
  });
  it('JSON decisions: deny beats ask beats allow', () => {
    expect(preToolUseDecision('Bash', [run(0, json('allow')), run(0, json('ask'))])?.decision).toBe('ask');
    expect(preToolUseDecision('Bash', [run(0, json('allow')), run(0, json('deny'))])?.decision).toBe('deny');
    // JSON is read only on exit 0.
    expect(preToolUseDecision('Bash', [run(1, json('deny'))])).toBeNull();
  });
  it('an allow answers only a prompt no rule asked for, and not for a protected write', () => {
    const hook = preToolUseDecision('Bash', [run(0, json('allow'))]);
    const byDefault = decide('permission-rules', 'ask', 'default', 'no rule covers this');
    const byRule = decide('permission-rules', 'ask', 'Bash(npm test)', 'ask rule');
    const denied = decide('permission-rules', 'deny', 'Bash(rm *)', 'deny rule');
    expect(withHookDecision(byDefault, hook).decision).toBe('allow');
    expect(withHookDecision(byDefault, hook, true).decision).toBe('ask');
    expect(withHookDecision(byRule, hook).decision).toBe('ask');
    expect(withHookDecision(denied, hook).decision).toBe('deny');
  });
});

describe('settings hooks', () => {
  const settings = { hooks: { PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: 'a.sh' }, { type: 'http', url: 'https://x.example' }] }], SessionStart: [{ hooks: [{ type: 'command', command: 'b.sh' }] }] } };
  it('flattens command hooks with their JSON paths and skips other handler types', () => {
    expect(commandHooks(settings)).toEqual([
      { event: 'PreToolUse', matcher: 'Bash', command: 'a.sh', path: 'hooks.PreToolUse[0].hooks[0].command' },
      { event: 'SessionStart', command: 'b.sh', path: 'hooks.SessionStart[0].hooks[0].command' },
    ]);
  });
  it('disableAllHooks switches them all off', () => {
    expect(commandHooks({ ...settings, disableAllHooks: true })).toEqual([]);
  });
});
