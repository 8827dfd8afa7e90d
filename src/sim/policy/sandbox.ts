// sandbox-runtime as one compiled object: filesystem rules plus the network proxy. Compile once per
// settings change; each decision then costs a few microseconds.
import type { Decision } from './decision.ts';
import { compileFilesystem, fsDelete, fsNameShows, fsRead, fsWrite, type CompiledFilesystem, type FilesystemSettings, type PathKind, type WorldProbe, type WorldReadlink } from './filesystem.ts';
import { compileNetwork, netConnect, type CompiledNetwork, type NetworkSettings, type ProxyRoute } from './network.ts';
import { resolvePath } from './paths.ts';

export interface SandboxSettings {
  network: NetworkSettings;
  filesystem: FilesystemSettings;
}

export interface SandboxContext {
  cwd: string;
  home: string;
  /** Optional view of the disk; the real runtime inspects it when it starts each command. */
  probe?: WorldProbe;
  /** Optional: the disk's symlinks (what each link holds). */
  readlink?: WorldReadlink;
  /** See FsContext: placeholders for missing write denies (today) or skipped (Claude Code before 2.1.2). */
  missingDenyTargets?: 'placeholder' | 'skipped';
}

export interface CompiledSandbox {
  fs: CompiledFilesystem;
  net: CompiledNetwork;
  cwd: string;
  home: string;
  notes: string[];
}

export function compileSandbox(s: SandboxSettings, ctx: SandboxContext): CompiledSandbox {
  const fs = compileFilesystem(s.filesystem, ctx);
  return { fs, net: compileNetwork(s.network), cwd: ctx.cwd, home: ctx.home, notes: fs.notes };
}

function abs(c: CompiledSandbox, p: string): string {
  return resolvePath(p, { cwd: c.cwd, home: c.home });
}

export function sandboxRead(c: CompiledSandbox, absPath: string, kind?: PathKind): Decision {
  return fsRead(c.fs, abs(c, absPath), kind);
}

export function sandboxWrite(c: CompiledSandbox, absPath: string): Decision {
  return fsWrite(c.fs, abs(c, absPath));
}

export function sandboxDelete(c: CompiledSandbox, absPath: string): Decision {
  return fsDelete(c.fs, abs(c, absPath));
}

/** Whether a name on the disk (a symlink not followed) is there inside the sandbox. */
export function sandboxNameShows(c: CompiledSandbox, absPath: string): boolean {
  return fsNameShows(c.fs, abs(c, absPath));
}

export function sandboxConnect(c: CompiledSandbox, host: string, port?: number, route?: ProxyRoute): Decision {
  return netConnect(c.net, host, port, route);
}

export type { PathKind, WorldProbe, WorldReadlink, FilesystemSettings, NetworkSettings, ProxyRoute };
