// Named presets per product: `shipped` is what the product ships today; the others are historical
// or teaching configurations that incidents need. Values are the products' documented defaults
// (BRIEF.md; https://docs.claude.com/en/docs/claude-code/sandboxing, .../settings).
import type { ProductId } from '../core/ids.ts';
import type { ClaudeAiProfile, ClaudeCodeProfile, CoworkProfile, ProductProfile } from './schema.ts';

/**
 * Prompt-injection success for a single attempt is ~0.1% (BRIEF.md); a user's own paste is obeyed.
 * The overeager rate has no published figure: 10% is our assumption (agent/followRate.ts).
 */
const shippedModel = { injectionFollowRate: 0.001, userPromptFollowRate: 0.96, overeagerRate: 0.1 };

/** Domains the reference devcontainer firewall and the claude.ai egress proxy let through. */
const developerDomains = ['registry.npmjs.org', 'pypi.org', 'files.pythonhosted.org', 'github.com', '*.github.com', 'api.anthropic.com'];

const claudeCodeShipped: ClaudeCodeProfile = {
  product: 'claude-code',
  name: 'shipped',
  model: shippedModel,
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

const claudeAiShipped: ClaudeAiProfile = {
  product: 'claude-ai',
  name: 'shipped',
  model: shippedModel,
  container: { ephemeral: true },
  egress: { allowedDomains: developerDomains, deniedDomains: [] },
  toolResultInspection: { enabled: false, catchRate: 0 },
};

const coworkShipped: CoworkProfile = {
  product: 'cowork',
  name: 'shipped',
  model: shippedModel,
  vm: { agentLoop: 'host', starts: true, agentUser: 'unprivileged' },
  mounts: {
    entries: [{ hostPath: '$WORKSPACE', mode: 'read-write' }, { hostPath: '$WORKSPACE/.claude', mode: 'read-write' }],
    symlinks: 'resolve-before-validation',
    adminAllowlist: null,
  },
  egress: { allowedDomains: developerDomains, deniedDomains: [] },
  apiProxy: { enabled: true, requireSessionToken: true, blockServerSideFetchHeaders: true },
  credentials: { mode: 'scoped-session-token', scopes: ['messages', 'files'], revoked: false },
  toolResultInspection: { enabled: true, catchRate: 0.9 },
  localMcpOnHost: true,
  otlpExport: true,
};

type Presets = Record<string, ProductProfile>;

function clone<T>(value: T): T {
  return structuredClone(value);
}

function claudeCodePresets(): Presets {
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

function coworkPresets(): Presets {
  const preMitm = clone(coworkShipped);
  preMitm.name = 'pre-api-proxy';
  preMitm.apiProxy.enabled = false;
  const fullVm = clone(coworkShipped);
  fullVm.name = 'full-vm';
  fullVm.vm.agentLoop = 'full-vm';
  // Incident settings: no event export, symlinks checked before they are resolved.
  const preOtlp = clone(coworkShipped);
  preOtlp.name = 'pre-otlp';
  preOtlp.otlpExport = false;
  const preSymlink = clone(coworkShipped);
  preSymlink.name = 'pre-symlink-fix';
  preSymlink.mounts.symlinks = 'resolve-after-validation';
  return { shipped: clone(coworkShipped), 'pre-api-proxy': preMitm, 'full-vm': fullVm, 'pre-otlp': preOtlp, 'pre-symlink-fix': preSymlink };
}

/**
 * Presets that model an earlier client rather than today's, so every view can say so. The incidents
 * happened under them; a user's own settings are always judged by the current client.
 */
const HISTORICAL: Record<string, string> = {
  'v1-approvals': 'historical: the v1 client, which asked before every Bash command',
  'pre-trust-fix': 'historical: project config parsed before the trust prompt',
  'before-2.1.2': 'historical: before 2.1.2 a missing settings file was writable from the sandbox',
};

/** The preset's name as a view shows it, with "historical" and what that means where it applies. */
export function presetLabel(name: string): string {
  const note = HISTORICAL[name];
  return note === undefined ? name : `${name} (${note})`;
}

export function isHistoricalPreset(name: string): boolean {
  return HISTORICAL[name] !== undefined;
}

export function presetsFor(product: ProductId): Presets {
  switch (product) {
    case 'claude-code':
      return claudeCodePresets();
    case 'claude-ai':
      return { shipped: clone(claudeAiShipped) };
    case 'cowork':
      return coworkPresets();
  }
}

export function preset(product: ProductId, name = 'shipped'): ProductProfile | undefined {
  return presetsFor(product)[name];
}

export function shippedProfile(product: ProductId): ProductProfile {
  return presetsFor(product).shipped as ProductProfile;
}
