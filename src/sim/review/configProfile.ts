// Turning a reviewer's config into a product profile the engine can run. A Claude Code settings.json
// lands on the claude-code profile: keys the file leaves out take Claude Code's documented defaults
// (https://code.claude.com/docs/en/settings: the sandbox is off unless `sandbox.enabled` is true,
// auto-allow and the escape hatch default on, mode `default`). A sandbox-runtime settings file means
// the sandbox is on with exactly those rules. A product-profile JSON already names its product.
import type { ClaudeCodeSettingsBlocks as SettingsBlocks } from '../policy/claudeCode.ts';
import type { SandboxSettings } from '../policy/sandbox.ts';
import type { HookSpec } from '../layers/hooks.ts';
import { shippedProfile } from '../profile/presets.ts';
import type { ClaudeCodeProfile, ProductProfile } from '../profile/schema.ts';
import { moduleOf } from '../products/index.ts';

export type ReviewFormat = 'claude-code' | 'srt' | 'profile';

function claudeCodeBase(name: string): ClaudeCodeProfile {
  const p = structuredClone(shippedProfile('claude-code')) as ClaudeCodeProfile;
  p.name = name;
  return p;
}

export function settingsToProfile(s: SettingsBlocks & { hooks?: HookSpec[] }, name = 'settings.json'): ClaudeCodeProfile {
  const p = claudeCodeBase(name);
  if (s.hooks !== undefined && s.hooks.length > 0) p.hooks = s.hooks.map((h) => ({ ...h }));
  const b = s.sandbox;
  p.permissions = { defaultMode: s.permissions.defaultMode ?? 'default', allow: [...s.permissions.allow], ask: [...s.permissions.ask], deny: [...s.permissions.deny], additionalDirectories: [...(s.permissions.additionalDirectories ?? [])] };
  p.sandbox.enabled = b.enabled ?? false;
  // Claude Code 2.1.328 asks before sandboxed commands unless auto-allow is switched on (measured).
  p.sandbox.autoAllowBashIfSandboxed = b.autoAllowBashIfSandboxed ?? false;
  p.sandbox.allowUnsandboxedCommands = b.allowUnsandboxedCommands ?? true;
  p.sandbox.failIfUnavailable = b.failIfUnavailable ?? false;
  p.sandbox.excludedCommands = [...(b.excludedCommands ?? [])];
  p.sandbox.network = {
    allowedDomains: [...(b.network?.allowedDomains ?? [])], deniedDomains: [...(b.network?.deniedDomains ?? [])],
    ...(b.network?.allowManagedDomainsOnly === true ? { allowManagedDomainsOnly: true } : {}),
  };
  const fs = b.filesystem ?? {};
  // Claude Code makes additionalDirectories writable inside the sandbox as well.
  p.sandbox.filesystem = {
    allowWrite: [...(s.permissions.additionalDirectories ?? []), ...(fs.allowWrite ?? [])],
    denyWrite: [...(fs.denyWrite ?? [])], denyRead: [...(fs.denyRead ?? [])], allowRead: [...(fs.allowRead ?? [])],
  };
  return p;
}

export function srtToProfile(s: SandboxSettings, name = 'srt settings'): ClaudeCodeProfile {
  const p = claudeCodeBase(name);
  p.permissions = { defaultMode: 'default', allow: [], ask: [], deny: [], additionalDirectories: [] };
  p.sandbox.enabled = true;
  p.sandbox.network = { allowedDomains: [...s.network.allowedDomains], deniedDomains: [...s.network.deniedDomains] };
  p.sandbox.filesystem = {
    allowWrite: [...s.filesystem.allowWrite], denyWrite: [...s.filesystem.denyWrite],
    denyRead: [...s.filesystem.denyRead], allowRead: [...(s.filesystem.allowRead ?? [])],
  };
  return p;
}

/** A few lines a reviewer can check against their file: what the engine understood. */
export function describeProfile(p: ProductProfile): string[] {
  return moduleOf(p).describe(p);
}
