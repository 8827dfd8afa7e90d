// Any config a reviewer hands us, as a product profile: a Claude Code settings.json, a sandbox-runtime
// settings file, or this project's own profile JSON. Parsing and format detection are the config
// importers' (src/sim/config); this maps what they return onto the engine's profile.
import { parseClaudeCodeSettings, toClaudeCodeProfile } from '../config/claudeCodeSettings.ts';
import { detectFormat, type ConfigFormat } from '../config/detectFormat.ts';
import type { Issue } from '../config/issues.ts';
import { parseSrtSettings } from '../config/srtSettings.ts';
import { shippedProfile } from './presets.ts';
import { parseProfile, type ClaudeCodeProfile, type ProductProfile } from './schema.ts';

export type ProfileFromConfig = { ok: true; profile: ProductProfile; format: ConfigFormat; warnings: string[] } | { ok: false; message: string };

const describe = (issues: Issue[]) => issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));

function claudeCodeBase(name: string): ClaudeCodeProfile {
  const base = structuredClone(shippedProfile('claude-code'));
  if (base.product !== 'claude-code') throw new Error('claude-code preset missing');
  return { ...base, name };
}

export function profileFromConfig(input: unknown, forced?: ConfigFormat): ProfileFromConfig {
  let format: ConfigFormat;
  if (forced) format = forced;
  else if (typeof input === 'object' && input !== null && 'product' in input) format = 'profile';
  else {
    const detected = detectFormat(input);
    if (!detected.ok) return { ok: false, message: detected.message };
    format = detected.format;
  }
  if (format === 'profile') {
    const parsed = parseProfile(input);
    return parsed.ok ? { ok: true, profile: parsed.profile, format, warnings: [] } : { ok: false, message: parsed.message };
  }
  if (format === 'srt') {
    const parsed = parseSrtSettings(input);
    if (!parsed.ok) return { ok: false, message: `sandbox-runtime settings: ${describe(parsed.errors)[0] ?? 'invalid'}` };
    const p = claudeCodeBase('srt-settings');
    const fs = parsed.value.filesystem;
    p.sandbox = {
      ...p.sandbox, enabled: true,
      network: { allowedDomains: parsed.value.network.allowedDomains, deniedDomains: parsed.value.network.deniedDomains },
      filesystem: { denyRead: fs.denyRead, allowRead: fs.allowRead ?? [], allowWrite: fs.allowWrite, denyWrite: fs.denyWrite },
    };
    return { ok: true, profile: p, format, warnings: describe(parsed.warnings) };
  }
  const parsed = parseClaudeCodeSettings(input);
  if (!parsed.ok) return { ok: false, message: `Claude Code settings: ${describe(parsed.errors)[0] ?? 'invalid'}` };
  const settings = toClaudeCodeProfile(parsed.value);
  const sb = settings.sandbox;
  const p = claudeCodeBase('settings.json');
  p.permissions = {
    defaultMode: settings.permissions.defaultMode ?? 'default',
    allow: settings.permissions.allow, ask: settings.permissions.ask, deny: settings.permissions.deny,
  };
  // A settings file that says nothing about the sandbox leaves it off, as Claude Code does.
  p.sandbox = {
    ...p.sandbox,
    enabled: sb.enabled ?? false,
    autoAllowBashIfSandboxed: sb.autoAllowBashIfSandboxed ?? true,
    allowUnsandboxedCommands: sb.allowUnsandboxedCommands ?? true,
    failIfUnavailable: sb.failIfUnavailable ?? false,
    excludedCommands: sb.excludedCommands ?? [],
    network: { allowedDomains: sb.network?.allowedDomains ?? [], deniedDomains: sb.network?.deniedDomains ?? [] },
    filesystem: {
      allowWrite: sb.filesystem?.allowWrite ?? [], denyWrite: sb.filesystem?.denyWrite ?? [],
      denyRead: sb.filesystem?.denyRead ?? [], allowRead: sb.filesystem?.allowRead ?? [],
    },
  };
  return { ok: true, profile: p, format, warnings: describe(parsed.warnings) };
}
