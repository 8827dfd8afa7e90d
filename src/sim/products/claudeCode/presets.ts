// Claude Code's named presets: `shipped` is the client's defaults with the sandbox switched on as
// the docs recommend; the others are historical or teaching configurations that incidents need.
// Values are the documented defaults (BRIEF.md; https://docs.claude.com/en/docs/claude-code/sandboxing,
// .../settings).
import { SHIPPED_MODEL } from '../defaults.ts';
import type { ClaudeCodeProfile } from './schema.ts';

export const claudeCodeShipped: ClaudeCodeProfile = {
  product: 'claude-code',
  name: 'shipped',
  model: SHIPPED_MODEL,
  trust: { projectConfigBeforeTrust: false },
  permissions: { defaultMode: 'default', allow: [], ask: [], deny: [], additionalDirectories: [] },
  client: 'current',
  sandbox: {
    enabled: true,
    available: true,
    failIfUnavailable: false,
    autoAllowBashIfSandboxed: true,
    allowUnsandboxedCommands: true,
    excludedCommands: [],
    protectSettingsFiles: true,
    network: { allowedDomains: ['registry.npmjs.org', 'github.com', '*.github.com'], deniedDomains: [] },
    filesystem: { allowWrite: [], denyWrite: [], denyRead: [], allowRead: [] },
  },
  toolResultInspection: { enabled: false, catchRate: 0 },
  otlpExport: false,
};

const clone = <T>(value: T): T => structuredClone(value);

export function claudeCodePresets(): Record<string, ClaudeCodeProfile> {
  const v1 = clone(claudeCodeShipped);
  v1.name = 'v1-approvals';
  v1.sandbox.enabled = false;
  v1.client = 'v1';
  const preTrust = clone(claudeCodeShipped);
  preTrust.name = 'pre-trust-fix';
  preTrust.trust.projectConfigBeforeTrust = true;
  const auto = clone(claudeCodeShipped);
  auto.name = 'auto-mode';
  auto.permissions.defaultMode = 'auto';
  // Unattended pipelines (multi-agent runs, CI) typically skip prompts and run without the sandbox.
  const unattended = clone(claudeCodeShipped);
  unattended.name = 'unattended';
  unattended.permissions.defaultMode = 'bypassPermissions';
  unattended.sandbox.enabled = false;
  // Claude Code before 2.1.2: a missing .claude/settings.json was writable from inside the sandbox.
  const preSettingsProtection = clone(claudeCodeShipped);
  preSettingsProtection.name = 'before-2.1.2';
  preSettingsProtection.sandbox.protectSettingsFiles = false;
  return { shipped: clone(claudeCodeShipped), 'v1-approvals': v1, 'pre-trust-fix': preTrust, 'auto-mode': auto, unattended, 'before-2.1.2': preSettingsProtection };
}

/**
 * Presets that model an earlier client rather than today's, so every view can say so. The incidents
 * happened under them; a user's own settings are always judged by the current client.
 */
export const CLAUDE_CODE_HISTORICAL: Readonly<Record<string, string>> = {
  'v1-approvals': 'historical: the v1 client, which asked before every Bash command',
  'pre-trust-fix': 'historical: project config parsed before the trust prompt',
  'before-2.1.2': 'historical: before 2.1.2 a missing settings file was writable from the sandbox',
};
