// Single-control moves for the monotonicity property: each control can be moved one notch tighter or
// one notch looser (k picks which element a list move adds or removes). Moves that do not apply to a
// profile leave it unchanged. Machine facts (sandbox available, VM starts) are not controls.
import type { ProductId } from '../../../src/sim/core/ids.ts';
import type { ClaudeAiProfile, ClaudeCodeProfile, CoworkProfile, DevcontainerProfile, ProductProfile } from '../../../src/sim/profile/schema.ts';
import { COLLECTOR, HOME, WORKSPACE } from '../../../src/sim/world/devLaptop.ts';

export interface ControlMove {
  id: string;
  product: ProductId;
  tighten(p: ProductProfile, k: number): ProductProfile;
  loosen(p: ProductProfile, k: number): ProductProfile;
}

const resolve = (hostPath: string) => hostPath.replace('$WORKSPACE', WORKSPACE);
const within = (root: string, path: string) => resolve(path) === resolve(root) || resolve(path).startsWith(`${resolve(root)}/`);

const pick = <T>(list: readonly T[], k: number): T => list[k % list.length] as T;

function without<T>(list: T[], k: number): T[] {
  if (list.length === 0) return list;
  const i = k % list.length;
  return [...list.slice(0, i), ...list.slice(i + 1)];
}

function on<P extends ProductProfile>(product: P['product'], id: string, tighten: (p: P, k: number) => void, loosen: (p: P, k: number) => void): ControlMove {
  const wrap = (f: (p: P, k: number) => void) => (p: ProductProfile, k: number) => {
    if (p.product !== product) return p;
    const q = structuredClone(p) as P;
    f(q, k);
    return q;
  };
  return { id, product, tighten: wrap(tighten), loosen: wrap(loosen) };
}

const DOMAINS = [COLLECTOR, 'chat.acme.example', 'api.anthropic.com', '*.metrics-beacon.io', 'github.com', 'registry.npmjs.org'];
const READ_PATHS = ['~/.aws', '~/.ssh', '~', '~/.config', `${HOME}/Documents`];
const WRITE_PATHS = ['~', '~/.claude', '~/.bashrc', `${HOME}/Documents`, '/tmp'];
type Mode = ClaudeCodeProfile['permissions']['defaultMode'];
// plan and dontAsk are not ordered against each other (plan asks before a Write that dontAsk refuses;
// dontAsk runs auto-allowed sandboxed Bash that plan refuses); both are one notch tighter than default.
const TIGHTER_MODE: Record<Mode, readonly [Mode, Mode]> = {
  plan: ['plan', 'plan'], dontAsk: ['dontAsk', 'dontAsk'], default: ['plan', 'dontAsk'],
  acceptEdits: ['default', 'default'], auto: ['acceptEdits', 'acceptEdits'], bypassPermissions: ['auto', 'auto'],
};
const LOOSER_MODE: Record<Mode, Mode> = { plan: 'default', dontAsk: 'default', default: 'acceptEdits', acceptEdits: 'auto', auto: 'bypassPermissions', bypassPermissions: 'bypassPermissions' };
const MOUNT_MODES = ['read-only', 'read-write-no-delete', 'read-write'] as const;

function domainMoves<P extends ClaudeAiProfile | CoworkProfile>(product: P['product']): ControlMove[] {
  return [
    on<P>(product, 'egress.allowedDomains', (p, k) => { p.egress.allowedDomains = without(p.egress.allowedDomains, k); }, (p, k) => { p.egress.allowedDomains.push(pick(DOMAINS, k)); }),
    on<P>(product, 'egress.deniedDomains', (p, k) => { p.egress.deniedDomains.push(pick(DOMAINS, k)); }, (p, k) => { p.egress.deniedDomains = without(p.egress.deniedDomains, k); }),
  ];
}

type CC = ClaudeCodeProfile;
type CW = CoworkProfile;
type DC = DevcontainerProfile;

/** The Claude Code client's own controls, wherever it runs (on the host, or in the devcontainer). */
function clientMoves<P extends CC | DC>(product: P['product']): ControlMove[] {
  return [
    on<P>(product, 'trust.projectConfigBeforeTrust', (p) => { p.trust.projectConfigBeforeTrust = false; }, (p) => { p.trust.projectConfigBeforeTrust = true; }),
    on<P>(product, 'sandbox.enabled', (p) => { p.sandbox.enabled = true; }, (p) => { p.sandbox.enabled = false; }),
    on<P>(product, 'sandbox.allowUnsandboxedCommands', (p) => { p.sandbox.allowUnsandboxedCommands = false; }, (p) => { p.sandbox.allowUnsandboxedCommands = true; }),
    on<P>(product, 'sandbox.autoAllowBashIfSandboxed', (p) => { p.sandbox.autoAllowBashIfSandboxed = false; }, (p) => { p.sandbox.autoAllowBashIfSandboxed = true; }),
    on<P>(product, 'sandbox.failIfUnavailable', (p) => { p.sandbox.failIfUnavailable = true; }, (p) => { p.sandbox.failIfUnavailable = false; }),
    on<P>(product, 'sandbox.excludedCommands', (p, k) => { p.sandbox.excludedCommands = without(p.sandbox.excludedCommands, k); }, (p, k) => { p.sandbox.excludedCommands.push(pick(['docker', 'git', 'npm'], k)); }),
    on<P>(product, 'sandbox.network.allowedDomains', (p, k) => { p.sandbox.network.allowedDomains = without(p.sandbox.network.allowedDomains, k); }, (p, k) => { p.sandbox.network.allowedDomains.push(pick(DOMAINS, k)); }),
    on<P>(product, 'sandbox.network.deniedDomains', (p, k) => { p.sandbox.network.deniedDomains.push(pick(DOMAINS, k)); }, (p, k) => { p.sandbox.network.deniedDomains = without(p.sandbox.network.deniedDomains, k); }),
    on<P>(product, 'sandbox.filesystem.denyRead', (p, k) => { p.sandbox.filesystem.denyRead.push(pick(READ_PATHS, k)); }, (p, k) => { p.sandbox.filesystem.denyRead = without(p.sandbox.filesystem.denyRead, k); }),
    on<P>(product, 'sandbox.filesystem.allowRead', (p, k) => { p.sandbox.filesystem.allowRead = without(p.sandbox.filesystem.allowRead, k); }, (p, k) => { p.sandbox.filesystem.allowRead.push(pick(READ_PATHS, k)); }),
    on<P>(product, 'sandbox.filesystem.allowWrite', (p, k) => { p.sandbox.filesystem.allowWrite = without(p.sandbox.filesystem.allowWrite, k); }, (p, k) => { p.sandbox.filesystem.allowWrite.push(pick(WRITE_PATHS, k)); }),
    on<P>(product, 'sandbox.filesystem.denyWrite', (p, k) => { p.sandbox.filesystem.denyWrite.push(pick(WRITE_PATHS, k)); }, (p, k) => { p.sandbox.filesystem.denyWrite = without(p.sandbox.filesystem.denyWrite, k); }),
    on<P>(product, 'permissions.defaultMode',
    (p, k) => { p.permissions.defaultMode = TIGHTER_MODE[p.permissions.defaultMode][k % 2] as Mode; },
    (p) => { p.permissions.defaultMode = LOOSER_MODE[p.permissions.defaultMode]; }),
  ];
}

export const CONTROL_MOVES: readonly ControlMove[] = [
  ...clientMoves<CC>('claude-code'),
  ...clientMoves<DC>('devcontainer'),
  on<DC>('devcontainer', 'container.firewall.enabled', (p) => { p.container.firewall.enabled = true; }, (p) => { p.container.firewall.enabled = false; }),
  on<DC>('devcontainer', 'container.firewall.allowGitHub', (p) => { p.container.firewall.allowGitHub = false; }, (p) => { p.container.firewall.allowGitHub = true; }),
  on<DC>('devcontainer', 'container.firewall.allowSsh', (p) => { p.container.firewall.allowSsh = false; }, (p) => { p.container.firewall.allowSsh = true; }),
  on<DC>('devcontainer', 'container.firewall.allowedHosts', (p, k) => { p.container.firewall.allowedHosts = without(p.container.firewall.allowedHosts, k); }, (p, k) => { p.container.firewall.allowedHosts.push(pick(DOMAINS.filter((d) => !d.startsWith('*')), k)); }),
  on<DC>('devcontainer', 'container.workspaceMount', (p) => { p.container.workspaceMount = 'read-only'; }, (p) => { p.container.workspaceMount = 'read-write'; }),
  on<CW>('cowork', 'mounts.entries[].mode',
    (p, k) => { const m = p.mounts.entries[k % Math.max(1, p.mounts.entries.length)]; if (m) m.mode = MOUNT_MODES[Math.max(0, MOUNT_MODES.indexOf(m.mode) - 1)] ?? 'read-only'; },
    (p, k) => { const m = p.mounts.entries[k % Math.max(1, p.mounts.entries.length)]; if (m) m.mode = MOUNT_MODES[Math.min(2, MOUNT_MODES.indexOf(m.mode) + 1)] ?? 'read-write'; }),
  // Only outermost mounts are removed and only uncovered folders added: removing a nested read-only
  // mount, or adding one inside a writable mount, changes the inner folder's mode the other way.
  on<CW>('cowork', 'mounts.entries',
    (p, k) => { const outer = p.mounts.entries.filter((m) => !p.mounts.entries.some((o) => o !== m && within(o.hostPath, m.hostPath))); const drop = outer[k % Math.max(1, outer.length)]; p.mounts.entries = p.mounts.entries.filter((m) => m !== drop); },
    (p, k) => { const path = pick([HOME, `${HOME}/.ssh`, `${HOME}/projects`], k); if (!p.mounts.entries.some((m) => within(m.hostPath, path))) p.mounts.entries.push({ hostPath: path, mode: pick(MOUNT_MODES, k) }); }),
  on<CW>('cowork', 'mounts.symlinks', (p) => { p.mounts.symlinks = 'resolve-before-validation'; }, (p) => { p.mounts.symlinks = 'resolve-after-validation'; }),
  on<CW>('cowork', 'mounts.adminAllowlist', (p) => { p.mounts.adminAllowlist = p.mounts.adminAllowlist === null ? [WORKSPACE] : []; }, (p) => { p.mounts.adminAllowlist = null; }),
  on<CW>('cowork', 'apiProxy.enabled', (p) => { p.apiProxy.enabled = true; }, (p) => { p.apiProxy.enabled = false; }),
  on<CW>('cowork', 'apiProxy.requireSessionToken', (p) => { p.apiProxy.requireSessionToken = true; }, (p) => { p.apiProxy.requireSessionToken = false; }),
  on<CW>('cowork', 'credentials.mode', (p) => { p.credentials.mode = 'scoped-session-token'; }, (p) => { p.credentials.mode = 'host-credentials'; }),
  on<CW>('cowork', 'credentials.revoked', (p) => { p.credentials.revoked = true; }, (p) => { p.credentials.revoked = false; }),
  on<CW>('cowork', 'credentials.scopes', (p, k) => { p.credentials.scopes = without(p.credentials.scopes, k); }, (p, k) => { p.credentials.scopes.push(pick(['files', 'messages'], k)); }),
  on<ClaudeAiProfile>('claude-ai', 'container.ephemeral', (p) => { p.container.ephemeral = true; }, (p) => { p.container.ephemeral = false; }),
  ...domainMoves<ClaudeAiProfile>('claude-ai'),
  ...domainMoves<CoworkProfile>('cowork'),
];

export function movesFor(product: ProductId): ControlMove[] {
  return CONTROL_MOVES.filter((m) => m.product === product);
}
