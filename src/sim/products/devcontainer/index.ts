// Claude Code inside Anthropic's reference devcontainer (BRIEF.md pattern 4): the tight perimeter
// (a default-deny firewall) is what lets the agent run unattended with permissions bypassed. What it
// does not stop: exfiltration of anything inside the container, the agent's own credentials included,
// through what the firewall allows (GitHub, the Claude API, SSH to any host). The project is mounted
// read-write, so what the agent writes there is on the user's machine.
import { containerFirewallLayer } from '../../layers/containerFirewall.ts';
import { devContainerLayer, notInDevContainer } from '../../layers/devContainer.ts';
import { isWithin } from '../../vfs/paths.ts';
import { toolResultInspectionLayer } from '../../layers/toolResultInspection.ts';
import { CLAUDE_CODE_CONTROLS, claudeCodeEdr, claudeCodeLayers, claudeCodeLoosenings, describeClaudeCode, userKey } from '../claudeCodeClient.ts';
import { bool, edited, list, listOf } from '../controls.ts';
import type { Loosening, ProductModule } from '../types.ts';
import { DEVCONTAINER_INCIDENTS } from './incidents.ts';
import { devcontainerPresets } from './presets.ts';
import { devcontainerSchema, type DevcontainerProfile } from './schema.ts';
import { CONTAINER_HOME, CONTAINER_USER, CONTAINER_WORKSPACE, devcontainerView, hostOnlyRoots, inContainer } from './view.ts';

const containerLoosenings: Loosening<DevcontainerProfile>[] = [
  { id: 'firewall off', applies: (p) => p.container.firewall.enabled, apply: (p) => edited(p, (q) => { q.container.firewall.enabled = false; }) },
  { id: 'firewall allows GitHub', applies: (p) => !p.container.firewall.allowGitHub, apply: (p) => edited(p, (q) => { q.container.firewall.allowGitHub = true; }) },
  { id: 'ssh to any host', applies: (p) => !p.container.firewall.allowSsh, apply: (p) => edited(p, (q) => { q.container.firewall.allowSsh = true; }) },
  { id: 'workspace read-write', applies: (p) => p.container.workspaceMount === 'read-only', apply: (p) => edited(p, (q) => { q.container.workspaceMount = 'read-write'; }) },
];

export const devcontainer: ProductModule<DevcontainerProfile> = {
  id: 'devcontainer',
  info: {
    name: 'Claude Code devcontainer',
    pattern: 'Container with a default-deny firewall, unattended',
    summary: 'Claude Code in Anthropic\'s reference devcontainer: a firewall allowing only GitHub, npm, the Claude API, DNS and SSH lets it run with permissions bypassed. Whatever is inside the container can leave through what is allowed.',
  },
  schema: devcontainerSchema,
  presets: devcontainerPresets,
  historical: {},
  incidents: DEVCONTAINER_INCIDENTS,
  view: devcontainerView,
  place: () => ({
    cwd: CONTAINER_WORKSPACE, home: CONTAINER_HOME, user: CONTAINER_USER,
    roots: { workspace: CONTAINER_WORKSPACE, home: CONTAINER_HOME, ephemeralWorkspace: false, onUserMachine: true },
  }),
  build: (world, p, place) => {
    const visible = world.host.files.filter((f) => inContainer(f.path));
    const hostOnly = hostOnlyRoots(world);
    return {
      seed: { files: visible, symlinks: world.host.symlinks, dirs: [place.cwd, place.home, '/tmp', '/commandhistory'] },
      env: { ANTHROPIC_API_KEY: userKey(world), CLAUDE_CONFIG_DIR: `${CONTAINER_HOME}/.claude` },
      sessionToken: null, loopDown: null, execDown: null, localMcpWithCode: false,
      autoMode: p.permissions.defaultMode === 'auto',
      layers: [
        // The client's own sandbox can start in the container only in its weaker nested mode.
        ...claudeCodeLayers(world, { ...p, sandbox: { ...p.sandbox, available: p.sandbox.available || p.container.weakerNestedSandbox } }, place.cwd, place.home),
        devContainerLayer({ workspace: CONTAINER_WORKSPACE, workspaceMount: p.container.workspaceMount, hostOnly }),
        containerFirewallLayer(p.container.firewall),
        toolResultInspectionLayer(p.toolResultInspection),
      ],
      toolVia: 'tool',
      harnessTools: true,
      excludedCommands: p.sandbox.excludedCommands,
      // The user's machine outside the mounts is not in the container, for every tool alike.
      absent: (path) => (hostOnly.some((root) => isWithin(root, path)) ? notInDevContainer(path) : null),
      // A new session is a new `claude` process in the same container: its files are still there.
      // Its next shell in the container sources the container user's ~/.bashrc: inside the container,
      // outside the client's sandbox (the firewall still applies).
      newSession: { wipe: [], restore: [], startup: { files: [`${place.home}/.bashrc`], via: 'bash' } },
    };
  },
  // On a Linux host the container's processes are host processes, so the EDR sees them (tagged with
  // the container); Docker Desktop on macOS or Windows would show one VM instead.
  watchers: (p) => (p.otlpExport ? ['host-edr', 'otlp-export'] : ['host-edr']),
  edr: (log) => claudeCodeEdr(log, 'container '),
  controls: [
    { path: 'container.firewall.enabled', label: 'Firewall (init-firewall.sh)', group: 'boundary', ...bool, help: 'Default-deny iptables rules set at container start. Off: the start-up script did not run, so nothing filters traffic.' },
    { path: 'container.firewall.allowGitHub', label: 'Firewall allows GitHub', group: 'network', ...bool, help: 'GitHub\'s published address ranges, as a whole: every repository, gist and API endpoint on them, the attacker\'s included.' },
    { path: 'container.weakerNestedSandbox', label: 'Weaker nested sandbox', group: 'boundary', ...bool, help: 'enableWeakerNestedSandbox: lets Claude Code\'s OS sandbox start inside the unprivileged container, so Bash gets a per-host network proxy and path rules.' },
    { path: 'container.firewall.allowedHosts', label: 'Firewall allowed hosts', group: 'network', ...list('registry.npmjs.org'), help: 'Names resolved into the allowed address set at start. Addresses, not URLs: every repository and account on an allowed host is reachable.' },
    { path: 'container.firewall.allowSsh', label: 'SSH (tcp/22) to any host', group: 'network', ...bool, help: 'The script accepts port 22 to every address, for git over SSH; anything spoken on port 22 leaves.' },
    { path: 'container.workspaceMount', label: 'Project mount', group: 'filesystem', kind: 'enum', options: [{ value: 'read-write', label: 'read-write (reference)' }, { value: 'read-only', label: 'read-only' }], help: 'The project is the user\'s own folder: what the agent writes there (git hooks, .claude settings) runs later on the host.' },
    ...CLAUDE_CODE_CONTROLS,
  ],
  loosenings: [...containerLoosenings, ...claudeCodeLoosenings<DevcontainerProfile>()],
  allowlistPath: 'container.firewall.allowedHosts',
  describe: (p) => [
    `devcontainer firewall ${p.container.firewall.enabled ? 'on' : 'off'}; GitHub ranges ${p.container.firewall.allowGitHub ? 'allowed' : 'blocked'}; other allowed hosts: ${listOf(p.container.firewall.allowedHosts)}; SSH to any host ${p.container.firewall.allowSsh ? 'allowed' : 'blocked'}; project mounted ${p.container.workspaceMount} at ${CONTAINER_WORKSPACE}`,
    ...describeClaudeCode(p),
  ],
  defaultAnswerer: 'fatigued',
  // A settings file as used in the reference devcontainer: its rules and sandbox block apply, the
  // client is started with --dangerously-skip-permissions (bypassPermissions, whatever the file's own
  // mode), and bubblewrap cannot start in the unprivileged container.
  fromClaudeCodeSettings: (client) => {
    const p = devcontainerPresets().shipped as DevcontainerProfile;
    return {
      ...p, name: client.name, trust: client.trust, client: client.client,
      permissions: { ...client.permissions, defaultMode: 'bypassPermissions' },
      sandbox: { ...client.sandbox, available: false },
      // Its hooks run where the client runs: inside the container.
      ...(client.hooks === undefined ? {} : { hooks: client.hooks }),
    };
  },
  marker: 'diamond',
};
