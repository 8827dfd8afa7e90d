// The workspace port with enforcement: wraps any just-bash IFileSystem and asks the product's layers
// on every read, write and delete. A refusal throws the same errno-style error a real kernel would
// give (ENOENT for hidden paths, EACCES, EROFS), so the shell reports a real failure.
import type { CpOptions, FileContent, FsStat, IFileSystem, MkdirOptions, RmOptions } from 'just-bash';
import type { Failure, FsOp } from '../core/events.ts';
import type { LayerId } from '../core/ids.ts';
import { normalizePath } from './paths.ts';

type ReadOptions = Parameters<IFileSystem['readFile']>[1];
type WriteOptions = Parameters<IFileSystem['writeFile']>[2];

export type GuardOp = FsOp | 'stat';

export type GuardResult =
  | { ok: true }
  | { ok: false; failure: Extract<Failure, 'ENOENT' | 'EACCES' | 'EROFS'>; layer: LayerId; rule: string; reason: string };

export interface FsAccess {
  path: string;
  /** The path with every symlink resolved (equal to `path` when none is involved or it does not exist). */
  realPath: string;
}

export interface FsGuard {
  check(op: GuardOp, access: FsAccess): GuardResult;
  /** Called once per read/write/delete attempt (never for stat), allowed or not. */
  record(op: FsOp, access: FsAccess, result: GuardResult): void;
}

/** Fixed timestamp reported for every file: wall-clock mtimes must never reach the event log. */
export const SIM_EPOCH = Date.UTC(2026, 0, 1);

const FAILURE_TEXT: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EROFS: 'read-only file system',
};

export class FsDeniedError extends Error {
  readonly code: string;
  constructor(failure: string, syscall: string, path: string) {
    super(`${failure}: ${FAILURE_TEXT[failure] ?? 'operation not permitted'}, ${syscall} '${path}'`);
    this.code = failure;
  }
}

export class GuardedFs implements IFileSystem {
  constructor(private readonly inner: IFileSystem, private readonly guard: FsGuard) {}

  private async access(path: string): Promise<FsAccess> {
    const p = normalizePath(path);
    try {
      return { path: p, realPath: await this.inner.realpath(p) };
    } catch {
      // A path that does not exist yet may still sit below a symlinked directory.
      const slash = p.lastIndexOf('/');
      if (slash > 0) {
        try {
          const parent = await this.inner.realpath(p.slice(0, slash));
          return { path: p, realPath: normalizePath(`${parent}/${p.slice(slash + 1)}`) };
        } catch {
          return { path: p, realPath: p };
        }
      }
      return { path: p, realPath: p };
    }
  }

  private async enforce(op: FsOp, path: string, syscall: string): Promise<void> {
    const access = await this.access(path);
    const result = this.guard.check(op, access);
    this.guard.record(op, access, result);
    if (!result.ok) throw new FsDeniedError(result.failure, syscall, access.path);
  }

  private async visible(path: string, syscall: string): Promise<void> {
    const result = this.guard.check('stat', await this.access(path));
    if (!result.ok) throw new FsDeniedError('ENOENT', syscall, normalizePath(path));
  }

  private fixStat(stat: FsStat): FsStat {
    return { ...stat, mtime: new Date(SIM_EPOCH) };
  }

  async readFile(path: string, options?: ReadOptions): Promise<string> {
    await this.enforce('read', path, 'open');
    return this.inner.readFile(path, options);
  }

  async readFileBuffer(path: string): Promise<Uint8Array> {
    await this.enforce('read', path, 'open');
    return this.inner.readFileBuffer(path);
  }

  async writeFile(path: string, content: FileContent, options?: WriteOptions): Promise<void> {
    await this.enforce('write', path, 'open');
    return this.inner.writeFile(path, content, options);
  }

  async appendFile(path: string, content: FileContent, options?: WriteOptions): Promise<void> {
    await this.enforce('write', path, 'open');
    return this.inner.appendFile(path, content, options);
  }

  async exists(path: string): Promise<boolean> {
    const result = this.guard.check('stat', await this.access(path));
    return result.ok ? this.inner.exists(path) : false;
  }

  async stat(path: string): Promise<FsStat> {
    await this.visible(path, 'stat');
    return this.fixStat(await this.inner.stat(path));
  }

  async lstat(path: string): Promise<FsStat> {
    await this.visible(path, 'lstat');
    return this.fixStat(await this.inner.lstat(path));
  }

  async mkdir(path: string, options?: MkdirOptions): Promise<void> {
    if (options?.recursive && (await this.inner.exists(path))) return;
    await this.enforce('write', path, 'mkdir');
    return this.inner.mkdir(path, options);
  }

  async readdir(path: string): Promise<string[]> {
    await this.visible(path, 'scandir');
    const base = normalizePath(path);
    const names = await this.inner.readdir(path);
    const shown: string[] = [];
    for (const name of names) {
      if (this.guard.check('stat', await this.access(`${base}/${name}`)).ok) shown.push(name);
    }
    return shown;
  }

  async rm(path: string, options?: RmOptions): Promise<void> {
    if (options?.force && !(await this.inner.exists(path))) return;
    await this.enforce('delete', path, 'rm');
    return this.inner.rm(path, options);
  }

  async cp(src: string, dest: string, options?: CpOptions): Promise<void> {
    await this.enforce('read', src, 'cp');
    await this.enforce('write', dest, 'cp');
    return this.inner.cp(src, dest, options);
  }

  async mv(src: string, dest: string): Promise<void> {
    await this.enforce('delete', src, 'mv');
    await this.enforce('write', dest, 'mv');
    return this.inner.mv(src, dest);
  }

  resolvePath(base: string, path: string): string {
    return this.inner.resolvePath(base, path);
  }

  getAllPaths(): string[] {
    return this.inner.getAllPaths().filter((p) => this.guard.check('stat', { path: p, realPath: p }).ok);
  }

  async chmod(path: string, mode: number): Promise<void> {
    await this.enforce('write', path, 'chmod');
    return this.inner.chmod(path, mode);
  }

  async symlink(target: string, linkPath: string): Promise<void> {
    await this.enforce('write', linkPath, 'symlink');
    return this.inner.symlink(target, linkPath);
  }

  async link(existingPath: string, newPath: string): Promise<void> {
    await this.enforce('read', existingPath, 'link');
    await this.enforce('write', newPath, 'link');
    return this.inner.link(existingPath, newPath);
  }

  async readlink(path: string): Promise<string> {
    await this.visible(path, 'readlink');
    return this.inner.readlink(path);
  }

  async realpath(path: string): Promise<string> {
    await this.visible(path, 'realpath');
    return this.inner.realpath(path);
  }

  async utimes(path: string, _atime: Date, _mtime: Date): Promise<void> {
    await this.enforce('write', path, 'utimes');
    // Times are not forwarded: the simulation has no wall clock.
    return this.inner.utimes(path, new Date(SIM_EPOCH), new Date(SIM_EPOCH));
  }
}
