// Compiles a product profile against a world into the stack the run consults: which filesystem the
// agent's code sees, and which layers answer tool calls, file operations and connections, in order.
import { InMemoryFs, type IFileSystem } from 'just-bash';
import type { ProductId } from '../core/ids.ts';
import { apiProxyDecision } from '../layers/apiProxy.ts';
import { scopedTokenDecision } from '../layers/credentials.ts';
import { compileEgress, egressDecision } from '../layers/egressProxy.ts';
import { mountDecision, resolveMounts } from '../layers/mounts.ts';
import { compileOsSandbox, sandboxBashAuthorization, sandboxFs, sandboxNet } from '../layers/osSandbox.ts';
import { authorizeByRules, type RuleMatcher } from '../layers/permissionRules.ts';
import { decide, type ConnectAction, type ExecVia, type FsAction, type LayerDecision, type ToolCall } from '../layers/types.ts';
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
  /** Rule matcher for Claude Code permission rules (the policy layer's evaluatePermission). */
  matchRules: RuleMatcher;
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
      const sb = compileOsSandbox(p, { cwd, home });
      const projectRoot = world.host.projects.find((root) => cwd.startsWith(root)) ?? cwd;
      return {
        ...base, product: 'claude-code', home, user: world.host.user,
        env: { ANTHROPIC_API_KEY: userKey(world) },
        autoMode: p.permissions.defaultMode === 'auto',
        authorizeTool(call, unsandboxedRequested) {
          const rules = authorizeByRules(p, call, { cwd, home, projectRoot }, options.matchRules);
          if (call.tool !== 'Bash' || !('command' in call)) return { decision: rules, sandboxed: false };
          const sandbox = sandboxBashAuthorization(p, sb, call.command, unsandboxedRequested);
          if (rules.decision === 'deny') return { decision: rules, sandboxed: sandbox.sandboxed };
          if (sandbox.decision?.decision === 'deny') return { decision: sandbox.decision, sandboxed: sandbox.sandboxed };
          const explicitAsk = rules.decision === 'ask' && !rules.rule.startsWith('defaultMode');
          if (sandbox.decision?.decision === 'allow' && !explicitAsk) return { decision: sandbox.decision, sandboxed: true };
          return { decision: rules, sandboxed: sandbox.sandboxed };
        },
        fsDecision: (a) => sandboxFs(sb, a),
        connectDecisions: (a) => {
          const d = sandboxNet(sb, a);
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
      const vmDown = p.vm.starts ? null : 'the VM failed to start';
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

/** How the agent's Bash runs on this product: inside the OS sandbox or not. */
export function bashVia(sandboxed: boolean): ExecVia {
  return sandboxed ? 'sandboxed-bash' : 'bash';
}
