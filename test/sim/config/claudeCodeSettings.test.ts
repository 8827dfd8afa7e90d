import { describe, expect, it } from 'vitest';
import { parseClaudeCodeSettings, toClaudeCodeProfile, type ClaudeCodeSettings } from '../../../src/sim/config/claudeCodeSettings.ts';
import { detectFormat } from '../../../src/sim/config/detectFormat.ts';
import { mergeClaudeCodeScopes } from '../../../src/sim/config/mergeScopes.ts';
import { claudeCodeSandboxSettings } from '../../../src/sim/policy/claudeCode.ts';

describe('parseClaudeCodeSettings', () => {
  it('types the permissions and sandbox blocks', () => {
    const r = parseClaudeCodeSettings({
      permissions: { allow: ['Bash(npm run test *)'], deny: ['Read(~/.aws/**)'], defaultMode: 'acceptEdits' },
      sandbox: { enabled: true, network: { allowedDomains: ['*.npmjs.org'] } },
      hooks: { SessionStart: [] },
    });
    expect(r.ok).toBe(true);
    const profile = r.ok ? toClaudeCodeProfile(r.value) : null;
    expect(profile?.permissions).toEqual({ allow: ['Bash(npm run test *)'], ask: [], deny: ['Read(~/.aws/**)'], defaultMode: 'acceptEdits' });
    expect(profile?.sandbox.enabled).toBe(true);
  });

  it('errors name the path and what was expected', () => {
    const r = parseClaudeCodeSettings({ permissions: { defaultMode: 'yolo', allow: ['Bash(ls'] }, sandbox: { network: { allowedDomains: ['*.com'] } } });
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual(['permissions.allow[0]', 'permissions.defaultMode', 'sandbox.network.allowedDomains[0]']);
    expect(!r.ok && r.errors[1]?.message).toMatch(/expected one of "plan", "dontAsk", "default", "acceptEdits"/);
  });

  it('warns about unknown keys anywhere', () => {
    const r = parseClaudeCodeSettings({ permisions: {}, sandbox: { enabeld: true } });
    expect(r.ok && r.warnings.map((w) => w.path)).toEqual(['permisions', 'sandbox.enabeld']);
  });
});

describe('mergeClaudeCodeScopes', () => {
  it('merges rule lists and takes single values from the highest scope', () => {
    const merged = mergeClaudeCodeScopes([
      { scope: 'user', settings: { permissions: { allow: ['Bash(ls)'], defaultMode: 'bypassPermissions' }, sandbox: { enabled: false } } },
      { scope: 'managed', settings: { permissions: { deny: ['Bash(curl *)'] }, sandbox: { enabled: true } } },
      { scope: 'project', settings: { permissions: { allow: ['Bash(npm test)'], defaultMode: 'plan' } } },
      { scope: 'local', settings: { permissions: { defaultMode: 'acceptEdits' } } },
    ]);
    expect(merged.permissions?.allow?.sort()).toEqual(['Bash(ls)', 'Bash(npm test)']);
    expect(merged.permissions?.deny).toEqual(['Bash(curl *)']);
    expect(merged.permissions?.defaultMode).toBe('acceptEdits');
    expect(merged.sandbox?.enabled).toBe(true);
  });

  it('CLI beats local and project', () => {
    const merged = mergeClaudeCodeScopes([
      { scope: 'project', settings: { permissions: { defaultMode: 'plan' } } },
      { scope: 'cli', settings: { permissions: { defaultMode: 'dontAsk' } } },
    ]);
    expect(merged.permissions?.defaultMode).toBe('dontAsk');
  });

  it('allowManagedPermissionRulesOnly drops rules from every other scope', () => {
    const merged = mergeClaudeCodeScopes([
      { scope: 'managed', settings: { allowManagedPermissionRulesOnly: true, permissions: { allow: ['Bash(make)'] } } as ClaudeCodeSettings },
      { scope: 'project', settings: { permissions: { allow: ['Bash'], defaultMode: 'plan' } } },
    ]);
    expect(merged.permissions?.allow).toEqual(['Bash(make)']);
    expect(merged.permissions?.defaultMode).toBe('plan');
  });

  it('disableBypassPermissionsMode turns a bypass mode from any scope into the default mode', () => {
    const merged = mergeClaudeCodeScopes([
      { scope: 'managed', settings: { permissions: { disableBypassPermissionsMode: 'disable' } } },
      { scope: 'cli', settings: { permissions: { defaultMode: 'bypassPermissions' } } },
    ]);
    expect(merged.permissions?.defaultMode).toBeUndefined();
    const plan = mergeClaudeCodeScopes([
      { scope: 'managed', settings: { permissions: { disableBypassPermissionsMode: 'disable' } } },
      { scope: 'cli', settings: { permissions: { defaultMode: 'plan' } } },
    ]);
    expect(plan.permissions?.defaultMode).toBe('plan');
  });

  it('allowManagedDomainsOnly keeps only the managed file\'s domains, its WebFetch rules included, and every denied domain', () => {
    const merged = mergeClaudeCodeScopes([
      { scope: 'managed', settings: { permissions: { allow: ['WebFetch(domain:docs.example.org)'] }, sandbox: { network: { allowManagedDomainsOnly: true, allowedDomains: ['registry.npmjs.org'] } } } },
      { scope: 'project', settings: { permissions: { allow: ['WebFetch(domain:example.org)'] }, sandbox: { network: { allowedDomains: ['example.com'], deniedDomains: ['evil.example'] } } } },
    ]);
    expect(merged.sandbox?.network?.allowedDomains).toEqual(['registry.npmjs.org', 'docs.example.org']);
    expect(merged.sandbox?.network?.deniedDomains).toEqual(['evil.example']);
    // The project's WebFetch rule still judges the WebFetch tool itself.
    expect(merged.permissions?.allow).toContain('WebFetch(domain:example.org)');
    // ...but no longer opens the sandbox's network.
    expect(claudeCodeSandboxSettings(toClaudeCodeProfile(merged)).network.allowedDomains).toEqual(['registry.npmjs.org', 'docs.example.org']);
  });
});

describe('detectFormat', () => {
  it('tells Claude Code settings, sandbox-runtime settings and product profiles apart', () => {
    expect(detectFormat('{"permissions":{}}')).toEqual({ ok: true, format: 'claude-code' });
    expect(detectFormat({ network: {}, filesystem: {} })).toEqual({ ok: true, format: 'srt' });
    expect(detectFormat({ kind: 'containment-lab-profile' })).toEqual({ ok: true, format: 'profile' });
    expect(detectFormat('[]').ok).toBe(false);
    expect(detectFormat('{').ok).toBe(false);
  });
});
