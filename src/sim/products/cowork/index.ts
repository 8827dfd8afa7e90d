// Cowork: the local VM with mounts (BRIEF.md pattern 3). The agent's code runs in a VM with its own
// kernel; only the chosen folder (and its .claude) are mounted in; traffic leaves through a host-side
// egress proxy, and calls to the vendor API through a proxy inside the VM that only passes this
// session's scoped token. The user's credentials stay in the host keychain.
import { apiProxyLayer } from '../../layers/apiProxy.ts';
import { credentialsLayer } from '../../layers/credentials.ts';
import { egressProxyLayer } from '../../layers/egressProxy.ts';
import { mountsLayer } from '../../layers/mounts.ts';
import { toolResultInspectionLayer } from '../../layers/toolResultInspection.ts';
import { vmBoundaryLayer } from '../../layers/vmBoundary.ts';
import { userKey } from '../claudeCodeClient.ts';
import { edited, listOf } from '../controls.ts';
import type { Loosening, ProductModule } from '../types.ts';
import { coworkCard } from './card.ts';
import { coworkSchema, type CoworkProfile } from './schema.ts';

/** The scoped token the host hands the VM for one session. */
export const COWORK_SESSION_TOKEN = 'sk-ant-session-cowork-0001';
const VM_HOME = '/sessions/agent';


const loosenings: Loosening<CoworkProfile>[] = [
  { id: 'api proxy off', applies: (p) => p.apiProxy.enabled, apply: (p) => edited(p, (q) => { q.apiProxy.enabled = false; }) },
  { id: 'symlinks after validation', applies: (p) => p.mounts.symlinks === 'resolve-before-validation', apply: (p) => edited(p, (q) => { q.mounts.symlinks = 'resolve-after-validation'; }) },
  {
    id: 'mount read-write',
    applies: (p) => p.mounts.entries.some((m) => m.mode !== 'read-write'),
    apply: (p) => edited(p, (q) => { q.mounts.entries = q.mounts.entries.map((m) => ({ ...m, mode: m.mode === 'read-only' ? 'read-write-no-delete' : 'read-write' })); }),
  },
  { id: 'mount home', applies: () => true, apply: (p) => edited(p, (q) => { q.mounts.entries.push({ hostPath: '/home/dev', mode: 'read-only' }); }) },
  { id: 'no admin mount allowlist', applies: (p) => p.mounts.adminAllowlist !== null, apply: (p) => edited(p, (q) => { q.mounts.adminAllowlist = null; }) },
  { id: 'token not revoked', applies: (p) => p.credentials.revoked, apply: (p) => edited(p, (q) => { q.credentials.revoked = false; }) },
];

export const cowork: ProductModule<CoworkProfile> = {
  ...coworkCard,
  schema: coworkSchema,
  place: (world) => ({
    cwd: world.host.workspace, home: VM_HOME, user: 'agent',
    roots: { workspace: world.host.workspace, home: world.host.home, ephemeralWorkspace: false, onUserMachine: true },
  }),
  build: (world, p) => {
    const vmDown = p.vm.starts && world.conditions?.vmFailsToStart !== true ? null : 'the VM failed to start';
    return {
      seed: { files: world.host.files, symlinks: world.host.symlinks, dirs: [VM_HOME, '/tmp'] },
      env: { ANTHROPIC_API_KEY: p.credentials.mode === 'scoped-session-token' ? COWORK_SESSION_TOKEN : userKey(world) },
      sessionToken: COWORK_SESSION_TOKEN,
      loopDown: vmDown && p.vm.agentLoop === 'full-vm' ? `${vmDown}; in full-VM mode the agent loop runs inside it, so nothing answers` : null,
      execDown: vmDown && p.vm.agentLoop === 'host' ? `${vmDown}; the agent (on the host) still answers but cannot run code` : null,
      // Administrators choose which local MCP servers run on the host beside the loop; the rest run in the VM.
      localMcpWithCode: !p.localMcpOnHost,
      autoMode: false,
      layers: [
        vmBoundaryLayer(p.vm, p.mounts.symlinks),
        mountsLayer(p.mounts, world.host.workspace),
        apiProxyLayer(p.apiProxy, COWORK_SESSION_TOKEN),
        credentialsLayer(p.credentials, COWORK_SESSION_TOKEN),
        egressProxyLayer(p.egress),
        toolResultInspectionLayer(p.toolResultInspection),
      ],
      // Cowork's file tools run inside the VM, so the mounts see them as they see commands.
      toolVia: 'bash',
      harnessTools: false,
      excludedCommands: [],
      absent: null,
      // The VM's own session folders and /tmp are new each session.
      newSession: { wipe: [VM_HOME, '/tmp'], restore: [] },
    };
  },
  watchers: (p) => (p.otlpExport ? ['host-edr-opaque', 'otlp-export'] : ['host-edr-opaque']),
  edr: (log) => {
    const edr: string[] = [];
    const steps = new Set(log.filter((e) => e.type === 'tool-call').map((e) => e.step));
    if (steps.size > 0) edr.push(`process: virtualization service (hypervisor) active during ${steps.size} step(s); guest activity is opaque`);
    // The egress proxy runs on the host, so its outbound connections are visible, not their origin.
    for (const e of log) if (e.type === 'net-request' && !e.via.startsWith('mcp:')) edr.push(`connection from the host-side proxy: ${e.host}:443`);
    return edr;
  },
  loosenings,
  allowlistPath: 'egress.allowedDomains',
  describe: (p) => [
    `VM agent loop ${p.vm.agentLoop}, agent user ${p.vm.agentUser}; mounts: ${listOf(p.mounts.entries.map((m) => `${m.hostPath} (${m.mode})`))}; symlinks ${p.mounts.symlinks}`,
    `egress allowed: ${listOf(p.egress.allowedDomains)}; API proxy ${p.apiProxy.enabled ? 'on' : 'off'} (session token only: ${p.apiProxy.requireSessionToken}); credentials ${p.credentials.mode}`,
  ],
};
