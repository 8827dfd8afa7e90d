// cowork's card: what the page shows before the engine loads (products/cards.ts); index.ts adds the engine.
import { bool, injection, list } from '../controls.ts';
import type { CoworkProfile } from './schema.ts';
import { coworkPresets } from './presets.ts';
import type { ProductCard } from '../types.ts';

const MOUNT_MODES = [{ value: 'read-only', label: 'read-only' }, { value: 'read-write', label: 'read-write' }, { value: 'read-write-no-delete', label: 'read-write, no delete' }] as const;

export const coworkCard: ProductCard<CoworkProfile> = {
  id: 'cowork',
  info: {
    name: 'Cowork',
    pattern: 'Local VM with mounts',
    summary: 'A VM with its own kernel on the user\'s machine. Only the chosen folder is mounted; egress and API calls pass proxies; credentials stay on the host.',
  },
  presets: coworkPresets,
  historical: {},
  controls: [
    { path: 'vm.agentLoop', label: 'Agent loop placement', group: 'boundary', kind: 'enum', options: [{ value: 'host', label: 'host mode' }, { value: 'full-vm', label: 'full VM' }], help: 'In full-VM mode a VM failure stops everything; host mode keeps the agent answering.' },
    { path: 'vm.starts', label: 'VM starts', group: 'boundary', ...bool, help: 'Off simulates a VM that fails to start or crashes.' },
    { path: 'mounts.entries[0].mode', label: 'Workspace mount mode', group: 'filesystem', kind: 'enum', options: MOUNT_MODES, help: 'How the selected folder is mounted into the VM.' },
    { path: 'mounts.entries[1].mode', label: 'Memory (.claude) mount mode', group: 'filesystem', kind: 'enum', options: MOUNT_MODES, help: 'Memory in .claude is reloaded every session; if code in the VM can write it, an injection can persist.' },
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
    { path: 'localMcpOnHost', label: 'Local MCP servers on the host', group: 'boundary', ...bool, help: 'Admins choose which local MCP servers run on the host beside the agent loop; the others run in the VM and stop when it does.' },
    { path: 'otlpExport', label: 'OTLP event export', group: 'visibility', ...bool, help: 'The host EDR sees only an opaque VM; exported events are how a security team sees inside.' },
  ],
  defaultAnswerer: 'attentive',
  marker: 'triangle',
};
