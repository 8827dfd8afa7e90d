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
  /** `discarded`: the write is allowed but lands in a throwaway mount, so the path is left as it was. */
  | { ok: true; discarded?: true }
  | { ok: false; failure: Extract<Failure, 'ENOENT' | 'EACCES' | 'EROFS'>; layer: LayerId; rule: string; reason: string };

/** What happened to one attempt: refused by a layer, failed in the filesystem itself (layer null), or done. */
export type AccessRecord = GuardResult | { ok: false; failure: Extract<Failure, 'ENOENT' | 'EACCES' | 'EROFS'>; layer: null; rule: string; reason: string };

export interface FsAccess {
  path: string;
  /** The path with every symlink resolved (equal to `path` when none is involved or it does not exist). */
  realPath: string;
}

export interface FsGuard {
  check(op: GuardOp, access: FsAccess): GuardResult;
  /** Called once per read/write/delete attempt (never for stat), allowed or not. */
  record(op: FsOp, access: FsAccess, result: AccessRecord): void;
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

export interface GuardedFsOptions {
  /**
   * Whether the wrapped filesystem may already hold symlinks. When false, resolving real paths is
   * skipped until a symlink is created through this wrapper (resolution is most of a step's cost).
   */
  mayHoldSymlinks?: boolean;
}

export class GuardedFs implements IFileSystem {
  private symlinks: boolean;

  constructor(private readonly inner: IFileSystem, private readonly guard: FsGuard, options: GuardedFsOptions = {}) {
    this.symlinks = options.mayHoldSymlinks ?? true;
  }

  /** Whether real paths are resolved (it turns on once a symlink is created); saved with a run's state. */
  get mayHoldSymlinks(): boolean {
    return this.symlinks;
  }

  set mayHoldSymlinks(value: boolean) {
    this.symlinks = value;
  }

  private async access(path: string): Promise<FsAccess> {
    const p = normalizePath(path);
    if (!this.symlinks) return { path: p, realPath: p };
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

  /** Ask the guard, then run the operation; the record says whether it really happened. */
  private async guarded<T>(op: FsOp, path: string, syscall: string, run: () => Promise<T>): Promise<T> {
    const access = await this.access(path);
    const result = this.guard.check(op, access);
    if (!result.ok) {
      this.guard.record(op, access, result);
      throw new FsDeniedError(result.failure, syscall, access.path);
    }
    if (result.discarded && op === 'write') {
      // The process sees its write succeed; nothing outside the throwaway mount changes.
      this.guard.record(op, access, result);
      return undefined as T;
    }
    try {
      const value = await run();
      this.guard.record(op, access, result);
      return value;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      this.guard.record(op, access, { ok: false, failure: code === 'EACCES' || code === 'EROFS' ? code : 'ENOENT', layer: null, rule: 'filesystem', reason: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }

  /** A refused path is hidden only when the refusal is "does not exist"; a masked file still lists. */
  private async hidden(path: string): Promise<boolean> {
    const result = this.guard.check('stat', await this.access(path));
    return !result.ok && result.failure === 'ENOENT';
  }

  private async visible(path: string, syscall: string): Promise<void> {
    if (await this.hidden(path)) throw new FsDeniedError('ENOENT', syscall, normalizePath(path));
  }

  private fixStat(stat: FsStat): FsStat {
    return { ...stat, mtime: new Date(SIM_EPOCH) };
  }

  async readFile(path: string, options?: ReadOptions): Promise<string> {
    return this.guarded('read', path, 'open', () => this.inner.readFile(path, options));
  }

  async readFileBuffer(path: string): Promise<Uint8Array> {
    return this.guarded('read', path, 'open', () => this.inner.readFileBuffer(path));
  }

  async writeFile(path: string, content: FileContent, options?: WriteOptions): Promise<void> {
    return this.guarded('write', path, 'open', () => this.inner.writeFile(path, content, options));
  }

  async appendFile(path: string, content: FileContent, options?: WriteOptions): Promise<void> {
    return this.guarded('write', path, 'open', () => this.inner.appendFile(path, content, options));
  }

  async exists(path: string): Promise<boolean> {
    return (await this.hidden(path)) ? false : this.inner.exists(path);
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
    return this.guarded('write', path, 'mkdir', () => this.inner.mkdir(path, options));
  }

  async readdir(path: string): Promise<string[]> {
    await this.visible(path, 'scandir');
    const base = normalizePath(path);
    const names = await this.inner.readdir(path);
    const shown: string[] = [];
    for (const name of names) {
      if (!(await this.hidden(`${base}/${name}`))) shown.push(name);
    }
    return shown;
  }

  async rm(path: string, options?: RmOptions): Promise<void> {
    if (options?.force && !(await this.inner.exists(path))) return;
    // Like rm -r on a real kernel: depth first, each entry checked on its own, carrying on past a refusal,
    // so a protected child survives and an allowed child of a protected folder is still removed.
    const st = options?.recursive ? await this.inner.lstat(path).catch(() => null) : null;
    if (st?.isDirectory) {
      let failure: unknown = null;
      const base = normalizePath(path);
      for (const name of await this.inner.readdir(path)) {
        try {
          await this.rm(`${base}/${name}`, options);
        } catch (error) {
          failure ??= error;
        }
      }
      try {
        await this.guarded('delete', path, 'rm', () => this.inner.rm(path, options));
      } catch (error) {
        failure ??= error;
      }
      if (failure !== null) throw failure;
      return;
    }
    return this.guarded('delete', path, 'rm', () => this.inner.rm(path, options));
  }

  async cp(src: string, dest: string, options?: CpOptions): Promise<void> {
    await this.guarded('read', src, 'cp', async () => undefined);
    return this.guarded('write', dest, 'cp', () => this.inner.cp(src, dest, options));
  }

  async mv(src: string, dest: string): Promise<void> {
    await this.guarded('delete', src, 'mv', async () => undefined);
    return this.guarded('write', dest, 'mv', () => this.inner.mv(src, dest));
  }

  resolvePath(base: string, path: string): string {
    return this.inner.resolvePath(base, path);
  }

  getAllPaths(): string[] {
    return this.inner.getAllPaths().filter((p) => {
      const r = this.guard.check('stat', { path: p, realPath: p });
      return r.ok || r.failure !== 'ENOENT';
    });
  }

  async chmod(path: string, mode: number): Promise<void> {
    return this.guarded('write', path, 'chmod', () => this.inner.chmod(path, mode));
  }

  async symlink(target: string, linkPath: string): Promise<void> {
    this.symlinks = true;
    return this.guarded('write', linkPath, 'symlink', () => this.inner.symlink(target, linkPath));
  }

  async link(existingPath: string, newPath: string): Promise<void> {
    await this.guarded('read', existingPath, 'link', async () => undefined);
    return this.guarded('write', newPath, 'link', () => this.inner.link(existingPath, newPath));
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
    // Times are not forwarded: the simulation has no wall clock.
    return this.guarded('write', path, 'utimes', () => this.inner.utimes(path, new Date(SIM_EPOCH), new Date(SIM_EPOCH)));
  }
}
