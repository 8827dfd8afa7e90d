// The Claude Code client, wherever it runs (on the user's machine, or inside a devcontainer): its
// layers (trust gate, permission rules, OS sandbox), its controls and loosenings, and how a reviewer
// reads its settings. Product modules put these into their own stacks.
import type { SimEvent } from '../core/events.ts';
import { compileClaudeCode, type CompiledClaudeCode } from '../policy/claudeCode.ts';
import { SETTINGS_FILES, osSandboxLayer } from '../layers/osSandbox.ts';
import { permissionRulesLayer } from '../layers/permissionRules.ts';
import { PERMISSION_MODES, writesProtectedPath, type PermissionMode, type ToolCall as PolicyCall } from '../policy/permissions.ts';
import { trustGateLayer } from '../layers/trustGate.ts';
import { hooksLayer } from '../layers/hooks.ts';
import type { Layer } from '../layers/types.ts';
import type { World } from '../world/types.ts';
import { approvals, bool, edited, injection, list, listOf, type ControlSpec } from './controls.ts';
import type { ClaudeCodeClientProfile } from './schema.ts';
import type { Loosening } from './types.ts';

export { PERMISSION_MODES, type PermissionMode };

type Probe = (absPath: string) => 'file' | 'dir' | undefined;

export function compileClaudeCodeProfile(p: ClaudeCodeClientProfile, ctx: { cwd: string; home: string; probe?: Probe; missingDenyTargets?: 'placeholder' | 'skipped' }): CompiledClaudeCode {
  const s = p.sandbox;
  return compileClaudeCode({
    permissions: { allow: p.permissions.allow, ask: p.permissions.ask, deny: p.permissions.deny, defaultMode: p.permissions.defaultMode, additionalDirectories: p.permissions.additionalDirectories, client: p.client },
    sandbox: {
      enabled: s.enabled,
      autoAllowBashIfSandboxed: s.autoAllowBashIfSandboxed,
      allowUnsandboxedCommands: s.allowUnsandboxedCommands,
      failIfUnavailable: s.failIfUnavailable,
      excludedCommands: s.excludedCommands,
      network: s.network,
      // Claude Code also lets sandboxed commands write its own temp directory.
      filesystem: {
        ...s.filesystem,
        allowWrite: ['/tmp/claude', ...s.filesystem.allowWrite],
        denyWrite: [...SETTINGS_FILES, ...s.filesystem.denyWrite],
      },
    },
  }, ctx);
}

/**
 * What exists on the machine at session start: lets the sandbox tell a masked file from an emptied
 * folder, and (as srt does) skip deny rules for paths that do not exist yet.
 */
export function worldProbe(world: World): Probe {
  const kinds = new Map<string, 'file' | 'dir'>([['/', 'dir']]);
  for (const f of world.host.files) {
    kinds.set(f.path, 'file');
    for (let i = f.path.lastIndexOf('/'); i > 0; i = f.path.lastIndexOf('/', i - 1)) kinds.set(f.path.slice(0, i), 'dir');
  }
  return (absPath) => kinds.get(absPath);
}

/** The client's layers, in the order it consults them: trust gate, permission rules, OS sandbox (and the settings' hooks). */
export function claudeCodeLayers(world: World, p: ClaudeCodeClientProfile, cwd: string, home: string): Layer[] {
  // A client before 2.1.2 (protectSettingsFiles off) bundled a runtime that skipped missing deny paths.
  const cc = compileClaudeCodeProfile(p, { cwd, home, probe: worldProbe(world), missingDenyTargets: p.sandbox.protectSettingsFiles ? 'placeholder' : 'skipped' });
  const projectRoot = world.host.projects.find((root) => cwd.startsWith(root)) ?? cwd;
  // A sandbox that is enabled but cannot start never wraps anything.
  const sb = p.sandbox.available ? cc.sandbox : null;
  return [
    trustGateLayer(p.trust),
    permissionRulesLayer(cc, p.sandbox.available, { cwd, home, projectRoot }),
    osSandboxLayer(sb, { cwd, protectSettingsFiles: p.sandbox.protectSettingsFiles, bypass: p.permissions.defaultMode === 'bypassPermissions' }),
    ...(p.hooks !== undefined && p.hooks.length > 0 ? [hooksLayer(p.hooks, (call) => writesProtectedPath(call as PolicyCall, { cwd, home, projectRoot }))] : []),
  ];
}

export function userKey(world: World): string {
  return world.accounts.find((a) => a.owner === 'user')?.apiKey ?? '';
}

/**
 * The next looser permission mode. plan and dontAsk are not ordered against each other: plan asks
 * before a Write that dontAsk refuses, and dontAsk runs auto-allowed sandboxed Bash that plan refuses
 * (measured on 2.1.328). Both are tighter than default, where everything they refuse only prompts.
 */
const LOOSER_MODE: Record<PermissionMode, PermissionMode | null> = {
  plan: 'default', dontAsk: 'default', default: 'acceptEdits', acceptEdits: 'auto', auto: 'bypassPermissions', bypassPermissions: null,
};

/** One notch looser on each of the client's own controls. */
export function claudeCodeLoosenings<P extends ClaudeCodeClientProfile>(): Loosening<P>[] {
  return [
    // In dontAsk mode auto-allowed sandboxed Bash runs what dontAsk alone refuses (measured on 2.1.328,
    // differential case "auto-allow in dontAsk"), so there switching the sandbox off closes doors.
    { id: 'sandbox off', applies: (p) => p.sandbox.enabled && !(p.permissions.defaultMode === 'dontAsk' && p.sandbox.autoAllowBashIfSandboxed), apply: (p) => edited(p, (q) => { q.sandbox.enabled = false; }) },
    { id: 'escape hatch on', applies: (p) => !p.sandbox.allowUnsandboxedCommands, apply: (p) => edited(p, (q) => { q.sandbox.allowUnsandboxedCommands = true; }) },
    { id: 'no denyRead', applies: (p) => p.sandbox.filesystem.denyRead.length > 0, apply: (p) => edited(p, (q) => { q.sandbox.filesystem.denyRead = []; }) },
    { id: 'drop a deny rule', applies: (p) => p.permissions.deny.length > 0, apply: (p) => edited(p, (q) => { q.permissions.deny = q.permissions.deny.slice(1); }) },
    { id: 'write home', applies: () => true, apply: (p) => edited(p, (q) => { q.sandbox.filesystem.allowWrite.push('~'); }) },
    {
      id: 'looser permission mode',
      applies: (p) => LOOSER_MODE[p.permissions.defaultMode] !== null,
      apply: (p) => edited(p, (q) => { q.permissions.defaultMode = LOOSER_MODE[q.permissions.defaultMode] ?? q.permissions.defaultMode; }),
    },
  ];
}

export function describeClaudeCode(p: ClaudeCodeClientProfile): string[] {
  const sb = p.sandbox;
  return [
    `permission mode ${p.permissions.defaultMode}; allow: ${listOf(p.permissions.allow)}; ask: ${listOf(p.permissions.ask)}; deny: ${listOf(p.permissions.deny)}`,
    sb.enabled
      ? `sandbox on (auto-allow ${sb.autoAllowBashIfSandboxed ? 'on' : 'off'}, escape hatch ${sb.allowUnsandboxedCommands ? 'on' : 'off'}, failIfUnavailable ${sb.failIfUnavailable}); excluded commands: ${listOf(sb.excludedCommands)}`
      : 'sandbox off: Bash runs as the user, gated only by permission rules and prompts',
    `sandbox network allowed: ${listOf(sb.network.allowedDomains)}; denied: ${listOf(sb.network.deniedDomains)}`,
    `sandbox filesystem denyRead: ${listOf(sb.filesystem.denyRead)}; allowRead: ${listOf(sb.filesystem.allowRead)}; allowWrite: ${listOf(sb.filesystem.allowWrite)}; denyWrite: ${listOf(sb.filesystem.denyWrite)}`,
  ];
}

const MODE_OPTIONS = [
  { value: 'default', label: 'default (ask)' }, { value: 'acceptEdits', label: 'acceptEdits' }, { value: 'plan', label: 'plan (read-only)' },
  { value: 'auto', label: 'auto (classifier)' }, { value: 'dontAsk', label: 'dontAsk (deny unless allowed)' }, { value: 'bypassPermissions', label: 'bypassPermissions' },
] as const satisfies readonly { value: PermissionMode; label: string }[];

/** The client's controls as the playground shows them. */
export const CLAUDE_CODE_CONTROLS: readonly ControlSpec[] = [
  { path: 'sandbox.enabled', label: 'OS sandbox', group: 'boundary', ...bool, help: 'bubblewrap / Seatbelt around Bash and its children: writes only in the project, network only via the proxy.' },
  { path: 'sandbox.autoAllowBashIfSandboxed', label: 'Auto-allow sandboxed Bash', group: 'boundary', ...bool, help: 'Sandboxed commands run without a prompt; deny rules still apply.' },
  { path: 'sandbox.allowUnsandboxedCommands', label: 'Escape hatch (retry unsandboxed)', group: 'boundary', ...bool, help: 'After a sandbox failure the agent may ask to rerun without the sandbox. Off removes the hatch.' },
  { path: 'sandbox.available', label: 'Sandbox can start here', group: 'boundary', ...bool, help: 'Off simulates a machine where bubblewrap cannot start.' },
  { path: 'sandbox.failIfUnavailable', label: 'Fail if the sandbox cannot start', group: 'boundary', ...bool, help: 'Otherwise Claude Code warns and runs unsandboxed.' },
  { path: 'sandbox.protectSettingsFiles', label: 'Protect Claude settings files in the sandbox', group: 'boundary', ...bool, help: 'Off is the pre-2.1.2 bug: sandboxed code could create a missing .claude/settings.json whose hook ran unsandboxed on the next start.' },
  { path: 'trust.projectConfigBeforeTrust', label: 'Read project config before trust (pre-fix)', group: 'boundary', ...bool, help: 'The historical bug: .claude/settings.json hooks ran before "Do you trust this folder?".' },
  { path: 'sandbox.filesystem.denyRead', label: 'Deny reads', group: 'filesystem', ...list('~/.aws'), help: 'Paths Bash cannot read (a denied directory looks empty).' },
  { path: 'sandbox.filesystem.allowWrite', label: 'Extra writable paths', group: 'filesystem', ...list('~/.cache'), help: 'The project directory is always writable.' },
  { path: 'sandbox.filesystem.denyWrite', label: 'Deny writes', group: 'filesystem', ...list('./secrets'), help: 'Beats allowWrite.' },
  { path: 'sandbox.network.allowedDomains', label: 'Sandbox network allowlist', group: 'network', ...list('registry.npmjs.org'), help: 'Everything else is refused by the proxy (HTTP 403).' },
  { path: 'sandbox.network.deniedDomains', label: 'Sandbox network denylist', group: 'network', ...list('evil.example'), help: 'Checked before the allowlist.' },
  { path: 'permissions.defaultMode', label: 'Permission mode', group: 'permissions', kind: 'enum', options: MODE_OPTIONS, help: 'How tool calls that no rule decides are handled.' },
  { path: 'permissions.deny', label: 'Deny rules', group: 'permissions', ...list('Read(~/.aws/**)'), help: 'Checked first; first match wins.' },
  { path: 'permissions.ask', label: 'Ask rules', group: 'permissions', ...list('Bash(git push *)'), help: 'Always prompt for these.' },
  { path: 'permissions.allow', label: 'Allow rules', group: 'permissions', ...list('Bash(npm run test *)'), help: 'Run these without a prompt.' },
  approvals,
  { path: 'toolResultInspection.enabled', label: 'Inspect tool results', group: 'model', ...bool, help: 'Screen tool output for injected instructions.' },
  injection,
  { path: 'model.overeagerRate', label: 'Chance the model routes around a restriction', group: 'model', kind: 'rate', help: 'Our assumption (no published figure): how often an overeager model pursues its own plan around a block. Containment is judged as if it were 100%.' },
  { path: 'otlpExport', label: 'OTLP event export', group: 'visibility', ...bool, help: 'Security teams can pull the agent\'s events.' },
];

/** What the host's EDR records of a Claude Code run: the client and its commands are the user's processes. */
export function claudeCodeEdr(log: readonly SimEvent[], prefix = ''): string[] {
  const edr: string[] = [];
  for (const e of log) {
    if (e.type === 'tool-call' && (e.tool === 'Bash' || e.tool === 'Hook')) edr.push(`${prefix}process: ${e.input}`);
    if (e.type === 'file-access' && e.ok) edr.push(`${prefix}file ${e.op}: ${e.path}`);
    if (e.type === 'net-request') edr.push(`${prefix}connection: ${e.host}:443`);
  }
  return edr;
}
