// Compiles a product profile against a world into the stack the run consults: which filesystem the
// agent's code sees, and which layers answer tool calls, file operations and connections, in order.
import { InMemoryFs, type IFileSystem } from 'just-bash';
import type { ProductId } from '../core/ids.ts';
import { apiProxyDecision } from '../layers/apiProxy.ts';
import { scopedTokenDecision } from '../layers/credentials.ts';
import { compileEgress, egressDecision } from '../layers/egressProxy.ts';
import { mountDecision, resolveMounts } from '../layers/mounts.ts';
import { sandboxFs, sandboxNet, settingsGuard } from '../layers/osSandbox.ts';
import { authorizeClaudeCode, compileClaudeCodeProfile } from '../layers/permissionRules.ts';
import { decide, type ConnectAction, type FsAction, type LayerDecision, type ToolCall } from '../layers/types.ts';
import type { ProductProfile } from '../profile/schema.ts';
import type { World, WorldFile } from '../world/types.ts';

export interface ToolAuthorization {
  decision: LayerDecision;
  /** A Bash call that will run inside the OS sandbox. */
  sandboxed: boolean;
}

export interface ProductEnv {
  product: ProductId;
  fs: IFileSystem;
  cwd: string;
  home: string;
  user: string;
  env: Record<string, string>;
  sessionToken: string | null;
  /** Set when nothing can answer at all (full-VM mode with a dead VM). */
  loopDown: string | null;
  /** Set when code cannot execute but the agent still answers (host mode with a dead VM). */
  execDown: string | null;
  autoMode: boolean;
  /** The engine created and seeded the filesystem itself, so it knows every symlink in it. */
  seededFresh: boolean;
  authorizeTool(call: ToolCall, unsandboxedRequested: boolean): ToolAuthorization;
  fsDecision(a: FsAction): LayerDecision | null;
  connectDecisions(a: ConnectAction): LayerDecision[];
}

export interface EnvOptions {
  /** Workspace backend to seed; default: a fresh in-memory filesystem. */
  fs?: IFileSystem;
}

/** Device files every shell expects. just-bash adds them to its own in-memory fs; other backends need them. */
const DEVICES = ['/dev/null', '/dev/zero', '/dev/stdin', '/dev/stdout', '/dev/stderr'];

async function seed(fs: IFileSystem, files: WorldFile[], symlinks: World['host']['symlinks'], dirs: string[]): Promise<void> {
  for (const dir of dirs) await fs.mkdir(dir, { recursive: true });
  if (!(await fs.exists('/dev/null'))) {
    await fs.mkdir('/dev', { recursive: true });
    for (const device of DEVICES) if (!(await fs.exists(device))) await fs.writeFile(device, '');
  }
  for (const f of files) {
    await fs.mkdir(f.path.slice(0, f.path.lastIndexOf('/')) || '/', { recursive: true });
    await fs.writeFile(f.path, f.content);
  }
  for (const link of symlinks) await fs.symlink(link.target, link.path);
}

/**
 * What exists on the host at session start: lets the sandbox tell a masked file from an emptied folder,
 * and (as srt does) skip deny rules for paths that do not exist yet.
 */
function worldProbe(world: World): (absPath: string) => 'file' | 'dir' | undefined {
  const kinds = new Map<string, 'file' | 'dir'>();
  for (const f of world.host.files) {
    kinds.set(f.path, 'file');
    for (let i = f.path.lastIndexOf('/'); i > 0; i = f.path.lastIndexOf('/', i - 1)) kinds.set(f.path.slice(0, i), 'dir');
  }
  return (absPath) => kinds.get(absPath);
}

function userKey(world: World): string {
  return world.accounts.find((a) => a.owner === 'user')?.apiKey ?? '';
}

export async function buildProductEnv(world: World, profile: ProductProfile, cwd: string, options: EnvOptions): Promise<ProductEnv> {
  const fs = options.fs ?? new InMemoryFs();
  const base = { fs, cwd, loopDown: null, execDown: null, sessionToken: null, autoMode: false, seededFresh: options.fs === undefined };
  switch (profile.product) {
    case 'claude-code': {
      const p = profile;
      const home = world.host.home;
      await seed(fs, world.host.files, world.host.symlinks, [cwd, '/tmp']);
      const cc = compileClaudeCodeProfile(p, { cwd, home, probe: worldProbe(world) });
      const projectRoot = world.host.projects.find((root) => cwd.startsWith(root)) ?? cwd;
      const ctx = { cwd, home, projectRoot };
      // A sandbox that is enabled but cannot start never wraps anything.
      const sb = p.sandbox.available ? cc.sandbox : null;
      return {
        ...base, product: 'claude-code', home, user: world.host.user,
        env: { ANTHROPIC_API_KEY: userKey(world) },
        autoMode: p.permissions.defaultMode === 'auto',
        authorizeTool: (call, unsandboxedRequested) => authorizeClaudeCode(cc, p, call, ctx, unsandboxedRequested),
        fsDecision: (a) => (sb === null ? null : settingsGuard(p, cwd, a)) ?? sandboxFs(sb, a),
        connectDecisions: (a) => {
          const d = sandboxNet(sb, a, p.permissions.defaultMode === 'bypassPermissions');
          return d ? [d] : [];
        },
      };
    }
    case 'claude-ai': {
      const p = profile;
      await seed(fs, world.container.files, [], [cwd, world.container.home, '/tmp']);
      const egress = compileEgress(p.egress);
      return {
        ...base, product: 'claude-ai', home: world.container.home, user: 'user', env: {},
        authorizeTool: () => ({ decision: decide('container-boundary', 'allow', 'code runs in the container', 'tools run server-side in a fresh gVisor container, so they need no approval'), sandboxed: false }),
        fsDecision: () => null,
        // Tools such as web fetch run on the provider's side, not in the container, so its proxy never sees them.
        connectDecisions: (a) => (a.via === 'tool' ? [] : [egressDecision(egress, a)]),
      };
    }
    case 'cowork': {
      const p = profile;
      const home = '/sessions/agent';
      await seed(fs, world.host.files, world.host.symlinks, [home, '/tmp']);
      const { mounts } = resolveMounts(p, world.host.workspace);
      const egress = compileEgress(p.egress);
      const token = 'sk-ant-session-cowork-0001';
      const vmDown = p.vm.starts && world.conditions?.vmFailsToStart !== true ? null : 'the VM failed to start';
      return {
        ...base, product: 'cowork', home, user: 'agent', sessionToken: token,
        env: { ANTHROPIC_API_KEY: p.credentials.mode === 'scoped-session-token' ? token : userKey(world) },
        loopDown: vmDown && p.vm.agentLoop === 'full-vm' ? `${vmDown}; in full-VM mode the agent loop runs inside it, so nothing answers` : null,
        execDown: vmDown && p.vm.agentLoop === 'host' ? `${vmDown}; the agent (on the host) still answers but cannot run code` : null,
        authorizeTool: () => ({ decision: decide('vm-boundary', 'allow', 'runs inside the VM', 'the VM bounds what the command can reach, so it needs no approval'), sandboxed: false }),
        fsDecision: (a) => mountDecision(p, mounts, a),
        connectDecisions: (a) => {
          const out: LayerDecision[] = [];
          const api = apiProxyDecision(p, token, a);
          if (api) out.push(api);
          const cred = scopedTokenDecision(p, token, a);
          if (cred) out.push(cred);
          out.push(egressDecision(egress, a));
          return out;
        },
      };
    }
  }
}
