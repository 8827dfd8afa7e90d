// The Claude Code client's controls as the playground shows them: plain data, shared by the products
// that run the client (claude-code, devcontainer), loaded with the page before any engine code.
import type { PermissionMode } from '../policy/permissions.ts';
import { approvals, bool, injection, list, type ControlSpec } from './controls.ts';

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
