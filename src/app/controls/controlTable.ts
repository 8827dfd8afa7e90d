// Every control a learner can change, per product, with its label, help text and kind. Paths point
// into the product profile (src/sim/profile/schema.ts); `run.*` paths are run options, not profile
// fields. The share-link table and the lesson "unlocked controls" use the same qualified names.
import type { ProductId } from '../../sim/core/ids.ts';

export type ControlKind =
  | { kind: 'bool' }
  | { kind: 'enum'; options: readonly { value: string; label: string }[] }
  | { kind: 'list'; placeholder: string }
  | { kind: 'rate' };

export type ControlGroup = 'boundary' | 'filesystem' | 'network' | 'permissions' | 'credentials' | 'model' | 'visibility' | 'approvals';

export type ControlSpec = ControlKind & {
  path: string;
  label: string;
  help: string;
  group: ControlGroup;
};

export const GROUP_LABEL: Record<ControlGroup, string> = {
  boundary: 'Boundary',
  filesystem: 'Filesystem',
  network: 'Network',
  permissions: 'Permissions',
  credentials: 'Credentials',
  model: 'Model layer',
  visibility: 'Visibility',
  approvals: 'Approvals',
};

const bool = { kind: 'bool' } as const;
const list = (placeholder: string) => ({ kind: 'list', placeholder }) as const;

export const ANSWERERS = [
  { value: 'learner', label: 'You answer each prompt' },
  { value: 'attentive', label: 'Attentive human' },
  { value: 'fatigued', label: 'Fatigued human (~93% approve)' },
  { value: 'classifier', label: 'Auto-mode classifier' },
] as const;

const approvals: ControlSpec = {
  path: 'run.answerer', label: 'Who answers prompts', group: 'approvals', kind: 'enum', options: ANSWERERS,
  help: 'People approve most prompts, more so as they pile up; the classifier catches most but not all risky actions.',
};

const injection: ControlSpec = {
  path: 'model.injectionFollowRate', label: 'Chance the model follows an injection', group: 'model', kind: 'rate',
  help: 'Model-layer defenses lower this; they are probabilistic. Containment is judged as if it were 100%.',
};

export const CONTROLS: Record<ProductId, readonly ControlSpec[]> = {
  'claude-ai': [
    { path: 'container.ephemeral', label: 'Ephemeral per-session filesystem', group: 'boundary', ...bool, help: 'Destroy the container and its files when the session ends.' },
    { path: 'egress.allowedDomains', label: 'Egress allowlist', group: 'network', ...list('registry.npmjs.org'), help: 'Domains the egress proxy lets the container reach. Every function on an allowed domain is reachable too.' },
    { path: 'egress.deniedDomains', label: 'Egress denylist', group: 'network', ...list('evil.example'), help: 'Checked before the allowlist.' },
    { path: 'toolResultInspection.enabled', label: 'Inspect tool results', group: 'model', ...bool, help: 'A fast classifier screens tool output for injected instructions before the model sees it.' },
    injection,
  ],
  'claude-code': [
    { path: 'sandbox.enabled', label: 'OS sandbox', group: 'boundary', ...bool, help: 'bubblewrap / Seatbelt around Bash and its children: writes only in the project, network only via the proxy.' },
    { path: 'sandbox.autoAllowBashIfSandboxed', label: 'Auto-allow sandboxed Bash', group: 'boundary', ...bool, help: 'Sandboxed commands run without a prompt; deny rules still apply.' },
    { path: 'sandbox.allowUnsandboxedCommands', label: 'Escape hatch (retry unsandboxed)', group: 'boundary', ...bool, help: 'After a sandbox failure the agent may ask to rerun without the sandbox. Off removes the hatch.' },
    { path: 'sandbox.available', label: 'Sandbox can start here', group: 'boundary', ...bool, help: 'Off simulates a machine where bubblewrap cannot start.' },
    { path: 'sandbox.failIfUnavailable', label: 'Fail if the sandbox cannot start', group: 'boundary', ...bool, help: 'Otherwise Claude Code warns and runs unsandboxed.' },
    { path: 'trust.projectConfigBeforeTrust', label: 'Read project config before trust (pre-fix)', group: 'boundary', ...bool, help: 'The historical bug: .claude/settings.json hooks ran before "Do you trust this folder?".' },
    { path: 'sandbox.filesystem.denyRead', label: 'Deny reads', group: 'filesystem', ...list('~/.aws'), help: 'Paths Bash cannot read (a denied directory looks empty).' },
    { path: 'sandbox.filesystem.allowWrite', label: 'Extra writable paths', group: 'filesystem', ...list('~/.cache'), help: 'The project directory is always writable.' },
    { path: 'sandbox.filesystem.denyWrite', label: 'Deny writes', group: 'filesystem', ...list('./secrets'), help: 'Beats allowWrite.' },
    { path: 'sandbox.network.allowedDomains', label: 'Sandbox network allowlist', group: 'network', ...list('registry.npmjs.org'), help: 'Everything else is refused by the proxy (HTTP 403).' },
    { path: 'sandbox.network.deniedDomains', label: 'Sandbox network denylist', group: 'network', ...list('evil.example'), help: 'Checked before the allowlist.' },
    { path: 'permissions.defaultMode', label: 'Permission mode', group: 'permissions', kind: 'enum', options: [
      { value: 'default', label: 'default (ask)' }, { value: 'acceptEdits', label: 'acceptEdits' }, { value: 'plan', label: 'plan (read-only)' },
      { value: 'auto', label: 'auto (classifier)' }, { value: 'dontAsk', label: 'dontAsk (deny unless allowed)' }, { value: 'bypassPermissions', label: 'bypassPermissions' },
    ], help: 'How tool calls that no rule decides are handled.' },
    { path: 'permissions.deny', label: 'Deny rules', group: 'permissions', ...list('Read(~/.aws/**)'), help: 'Checked first; first match wins.' },
    { path: 'permissions.ask', label: 'Ask rules', group: 'permissions', ...list('Bash(git push *)'), help: 'Always prompt for these.' },
    { path: 'permissions.allow', label: 'Allow rules', group: 'permissions', ...list('Bash(npm run test *)'), help: 'Run these without a prompt.' },
    approvals,
    { path: 'toolResultInspection.enabled', label: 'Inspect tool results', group: 'model', ...bool, help: 'Screen tool output for injected instructions.' },
    injection,
    { path: 'otlpExport', label: 'OTLP event export', group: 'visibility', ...bool, help: 'Security teams can pull the agent\'s events.' },
  ],
  cowork: [
    { path: 'vm.agentLoop', label: 'Agent loop placement', group: 'boundary', kind: 'enum', options: [{ value: 'host', label: 'host mode' }, { value: 'full-vm', label: 'full VM' }], help: 'In full-VM mode a VM failure stops everything; host mode keeps the agent answering.' },
    { path: 'vm.starts', label: 'VM starts', group: 'boundary', ...bool, help: 'Off simulates a VM that fails to start or crashes.' },
    { path: 'mounts.entries[0].mode', label: 'Workspace mount mode', group: 'filesystem', kind: 'enum', options: [{ value: 'read-only', label: 'read-only' }, { value: 'read-write', label: 'read-write' }, { value: 'read-write-no-delete', label: 'read-write, no delete' }], help: 'How the selected folder is mounted into the VM.' },
    { path: 'mounts.symlinks', label: 'Symlink handling', group: 'filesystem', kind: 'enum', options: [{ value: 'resolve-before-validation', label: 'resolve, then validate' }, { value: 'resolve-after-validation', label: 'validate, then resolve (bug)' }], help: 'Validating before resolving lets a symlink in the folder escape it.' },
    { path: 'egress.allowedDomains', label: 'Egress allowlist', group: 'network', ...list('api.anthropic.com'), help: 'An allowlist is a capability grant: everything on an allowed domain is reachable.' },
    { path: 'egress.deniedDomains', label: 'Egress denylist', group: 'network', ...list('evil.example'), help: 'Checked before the allowlist.' },
    { path: 'apiProxy.enabled', label: 'API proxy in the VM', group: 'network', ...bool, help: 'A MITM proxy that knows which requests came from this VM.' },
    { path: 'apiProxy.requireSessionToken', label: 'Only the session token', group: 'network', ...bool, help: 'Reject API calls carrying any other key.' },
    { path: 'apiProxy.blockServerSideFetchHeaders', label: 'Block server-side fetch headers', group: 'network', ...bool, help: 'Stop the API fetching URLs on the agent\'s behalf.' },
    { path: 'credentials.mode', label: 'Credentials in the VM', group: 'credentials', kind: 'enum', options: [{ value: 'scoped-session-token', label: 'scoped session token' }, { value: 'host-credentials', label: 'user\'s own credentials' }], help: 'The host keychain keeps the user\'s credentials; the VM gets a scoped token.' },
    { path: 'credentials.revoked', label: 'Session token revoked', group: 'credentials', ...bool, help: 'Revoke the VM\'s token without touching the user\'s own.' },
    { path: 'toolResultInspection.enabled', label: 'Inspect tool results', group: 'model', ...bool, help: 'Screen tool output before it reaches the model.' },
    injection,
    { path: 'localMcpOnHost', label: 'Local MCP servers on the host', group: 'boundary', ...bool, help: 'Admins choose which local MCP servers run outside the VM.' },
    { path: 'otlpExport', label: 'OTLP event export', group: 'visibility', ...bool, help: 'The host EDR sees only an opaque VM; exported events are how a security team sees inside.' },
  ],
};

export function controlsFor(product: ProductId): readonly ControlSpec[] {
  return CONTROLS[product];
}
