// The devcontainer's presets. `shipped` is the reference devcontainer as its files configure it
// (../shared/real-configs: devcontainer.json, init-firewall.sh) with Claude Code started the way the
// pattern intends, unattended (`--dangerously-skip-permissions`, i.e. bypassPermissions), and the
// client's settings otherwise at their defaults: bubblewrap cannot start inside an unprivileged
// container, so no OS sandbox.
import { SHIPPED_MODEL } from '../defaults.ts';
import type { DevcontainerProfile } from './schema.ts';

/** The names init-firewall.sh resolves into its allowed set, besides GitHub's ranges. */
export const FIREWALL_HOSTS = [
  'registry.npmjs.org', 'api.anthropic.com', 'sentry.io', 'statsig.com',
  'marketplace.visualstudio.com', 'vscode.blob.core.windows.net', 'update.code.visualstudio.com',
];

export const devcontainerShipped: DevcontainerProfile = {
  product: 'devcontainer',
  name: 'shipped',
  model: SHIPPED_MODEL,
  trust: { projectConfigBeforeTrust: false },
  permissions: { defaultMode: 'bypassPermissions', allow: [], ask: [], deny: [], additionalDirectories: [] },
  client: 'current',
  sandbox: {
    enabled: false,
    available: false,
    failIfUnavailable: false,
    autoAllowBashIfSandboxed: false,
    allowUnsandboxedCommands: true,
    excludedCommands: [],
    protectSettingsFiles: true,
    network: { allowedDomains: [], deniedDomains: [] },
    filesystem: { allowWrite: [], denyWrite: [], denyRead: [], allowRead: [] },
  },
  toolResultInspection: { enabled: false, catchRate: 0 },
  otlpExport: false,
  container: {
    firewall: { enabled: true, allowGitHub: true, allowedHosts: FIREWALL_HOSTS, allowSsh: true, allowDns: true, allowHostNetwork: true },
    workspaceMount: 'read-write',
    configVolume: true,
    weakerNestedSandbox: false,
  },
};

export function devcontainerPresets(): Record<string, DevcontainerProfile> {
  const clone = () => structuredClone(devcontainerShipped);
  // postStartCommand failed (no NET_ADMIN, or the container was started without it): no rules at all.
  const noFirewall = clone();
  noFirewall.name = 'no-firewall';
  noFirewall.container.firewall.enabled = false;
  // The same container used interactively: Claude Code asks before what its rules do not allow.
  const interactive = clone();
  interactive.name = 'interactive';
  interactive.permissions.defaultMode = 'default';
  // A tighter perimeter: no SSH to any host, no GitHub (dependencies come through the registry only).
  const tight = clone();
  tight.name = 'tight-firewall';
  tight.container.firewall.allowSsh = false;
  tight.container.firewall.allowGitHub = false;
  return { shipped: clone(), 'no-firewall': noFirewall, interactive, 'tight-firewall': tight };
}
