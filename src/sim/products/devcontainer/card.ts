// devcontainer's card: what the page shows before the engine loads (products/cards.ts); index.ts adds the engine.
import { CLAUDE_CODE_CONTROLS } from '../claudeCodeControls.ts';
import { bool, list } from '../controls.ts';
import type { DevcontainerProfile } from './schema.ts';
import { devcontainerPresets } from './presets.ts';
import type { ProductCard } from '../types.ts';

export const devcontainerCard: ProductCard<DevcontainerProfile> = {
  id: 'devcontainer',
  info: {
    name: 'Claude Code devcontainer',
    pattern: 'Container with a default-deny firewall, unattended',
    summary: 'Claude Code in Anthropic\'s reference devcontainer: a firewall allowing only GitHub, npm, the Claude API, DNS and SSH lets it run with permissions bypassed. Whatever is inside the container can leave through what is allowed.',
  },
  presets: devcontainerPresets,
  historical: {},
  controls: [
    { path: 'container.firewall.enabled', label: 'Firewall (init-firewall.sh)', group: 'boundary', ...bool, help: 'Default-deny iptables rules set at container start. Off: the start-up script did not run, so nothing filters traffic.' },
    { path: 'container.firewall.allowGitHub', label: 'Firewall allows GitHub', group: 'network', ...bool, help: 'GitHub\'s published address ranges, as a whole: every repository, gist and API endpoint on them, the attacker\'s included.' },
    { path: 'container.weakerNestedSandbox', label: 'Weaker nested sandbox', group: 'boundary', ...bool, help: 'enableWeakerNestedSandbox: lets Claude Code\'s OS sandbox start inside the unprivileged container, so Bash gets a per-host network proxy and path rules.' },
    { path: 'container.firewall.allowedHosts', label: 'Firewall allowed hosts', group: 'network', ...list('registry.npmjs.org'), help: 'Names resolved into the allowed address set at start. Addresses, not URLs: every repository and account on an allowed host is reachable.' },
    { path: 'container.firewall.allowSsh', label: 'SSH (tcp/22) to any host', group: 'network', ...bool, help: 'The script accepts port 22 to every address, for git over SSH; anything spoken on port 22 leaves.' },
    { path: 'container.workspaceMount', label: 'Project mount', group: 'filesystem', kind: 'enum', options: [{ value: 'read-write', label: 'read-write (reference)' }, { value: 'read-only', label: 'read-only' }], help: 'The project is the user\'s own folder: what the agent writes there (git hooks, .claude settings) runs later on the host.' },
    ...CLAUDE_CODE_CONTROLS,
  ],
  defaultAnswerer: 'fatigued',
  marker: 'diamond',
};
