import { describe, expect, it } from 'vitest';
import { settingsToProfile, srtToProfile } from '../../../src/sim/review/configProfile.ts';
import { configChange } from '../../../src/sim/review/recommend.ts';

describe('reviewer configs as product profiles', () => {
  it('keys a settings.json leaves out take the current client\'s defaults: sandbox off, auto-allow off, escape hatch on', () => {
    const p = settingsToProfile({ permissions: { allow: ['Bash(npm run test *)'], ask: [], deny: [] }, sandbox: {} });
    // autoAllowBashIfSandboxed: measured off when left out (Claude Code 2.1.328, differential suite).
    expect(p.sandbox).toMatchObject({ enabled: false, autoAllowBashIfSandboxed: false, allowUnsandboxedCommands: true, failIfUnavailable: false });
    expect(p.client).toBe('current');
    expect(p.permissions).toEqual({ defaultMode: 'default', allow: ['Bash(npm run test *)'], ask: [], deny: [], additionalDirectories: [] });
    expect(p.sandbox.network).toEqual({ allowedDomains: [], deniedDomains: [] });
  });

  it('additionalDirectories become writable in the sandbox as Claude Code does', () => {
    const p = settingsToProfile({ permissions: { allow: [], ask: [], deny: [], additionalDirectories: ['../shared'] }, sandbox: { enabled: true, filesystem: { allowWrite: ['/tmp/build'] } } });
    expect(p.sandbox.filesystem.allowWrite).toEqual(['../shared', '/tmp/build']);
  });

  it('an srt file turns the sandbox on with exactly its rules', () => {
    const p = srtToProfile({ network: { allowedDomains: ['github.com'], deniedDomains: ['evil.example'] }, filesystem: { denyRead: ['~/.ssh'], allowWrite: ['.'], denyWrite: ['.env'] } });
    expect(p.sandbox.enabled).toBe(true);
    expect(p.sandbox.network).toEqual({ allowedDomains: ['github.com'], deniedDomains: ['evil.example'] });
    expect(p.sandbox.filesystem).toEqual({ denyRead: ['~/.ssh'], allowRead: [], allowWrite: ['.'], denyWrite: ['.env'] });
  });
});

describe('fixes as the change a reviewer makes in their own file', () => {
  it('maps sandbox and permission paths to settings.json keys and sandbox rules to srt keys', () => {
    expect(configChange('claude-code', { path: 'sandbox.enabled', value: true })).toMatchObject({ expressible: true, key: 'sandbox.enabled' });
    expect(configChange('srt', { path: 'sandbox.network.allowedDomains', value: ['github.com'] })).toMatchObject({ expressible: true, key: 'network.allowedDomains' });
    expect(configChange('profile', { path: 'apiProxy.enabled', value: true })).toMatchObject({ expressible: true, key: 'apiProxy.enabled' });
  });

  it('says so when the fix is product behaviour or cannot be written in that file', () => {
    expect(configChange('claude-code', { path: 'trust.projectConfigBeforeTrust', value: false })).toMatchObject({ expressible: false });
    expect(configChange('srt', { path: 'sandbox.allowUnsandboxedCommands', value: false }).text).toMatch(/only holds network and filesystem rules/);
  });
});
