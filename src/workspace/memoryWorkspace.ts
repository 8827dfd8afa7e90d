// The default backend: just-bash's InMemoryFs behind the Workspace port. InMemoryFs is forgiving
// where a real filesystem is not (it invents missing parent directories on write and rename, lets
// `mkdir -p` run through a file, merges a renamed directory into a non-empty one). The agent must
// meet the same filesystem on both backends, so those cases are checked here first and fail the way
// POSIX (and the WebContainer) fail them. It wraps rather than subclasses so just-bash's Bash
// constructor does not recognise it and litter the world with /bin and /proc stubs.
import { InMemoryFs } from 'just-bash';
import type {
  CpOptions, DirentEntry, FileContent, FsStat, MkdirOptions, ReadOptions, RmOptions, WriteOptions,
} from './fsTypes.ts';
import { fsError } from './fsErrors.ts';
import { basename, dirname, isWithin, joinPath, normalizePath } from './paths.ts';
import { WatchHub } from './watchHub.ts';
import { isNullDevice, nullDeviceStat } from './nullDevice.ts';
import type { WatchListener, Workspace, WorldFiles } from './workspace.ts';

type ByteStringResult = ReturnType<InMemoryFs['readFileBytes']>;

export class MemoryWorkspace implements Workspace {
  readonly kind = 'memory' as const;
  readonly ready: Promise<void> = Promise.resolve();
  private readonly inner: InMemoryFs;
  private readonly hub = new WatchHub();

  constructor(files: WorldFiles = {}) {
    this.inner = new InMemoryFs({ ...files });
  }

  watch(path: string, listener: WatchListener): () => void {
    return this.hub.subscribe(path, listener);
  }

  readFile(path: string, options?: ReadOptions): Promise<string> {
    if (isNullDevice(path)) return Promise.resolve('');
    return this.inner.readFile(path, options);
  }

  readFileBytes(path: string): ByteStringResult {
    // A ByteString is a latin1 string at run time; the empty one is the null device's content.
    if (isNullDevice(path)) return Promise.resolve('' as unknown as Awaited<ByteStringResult>);
    return this.inner.readFileBytes(path);
  }

  readFileBuffer(path: string): Promise<Uint8Array> {
    if (isNullDevice(path)) return Promise.resolve(new Uint8Array());
    return this.inner.readFileBuffer(path);
  }

  async writeFile(path: string, content: FileContent, options?: WriteOptions): Promise<void> {
    if (isNullDevice(path)) return;
    const p = await this.physical(path);
    const existed = await this.prepareFileWrite(p, 'open');
    await this.inner.writeFile(p, content, options);
    this.hub.emit({ kind: existed ? 'change' : 'rename', path: p });
  }

  async appendFile(path: string, content: FileContent, options?: WriteOptions): Promise<void> {
    if (isNullDevice(path)) return;
    const p = await this.physical(path);
    const existed = await this.prepareFileWrite(p, 'open');
    await this.inner.appendFile(p, content, options);
    this.hub.emit({ kind: existed ? 'change' : 'rename', path: p });
  }

  exists(path: string): Promise<boolean> {
    if (isNullDevice(path)) return Promise.resolve(true);
    return this.inner.exists(path);
  }

  stat(path: string): Promise<FsStat> {
    if (isNullDevice(path)) return Promise.resolve(nullDeviceStat());
    return this.inner.stat(path);
  }

  lstat(path: string): Promise<FsStat> {
    if (isNullDevice(path)) return Promise.resolve(nullDeviceStat());
    return this.inner.lstat(path);
  }

  async mkdir(path: string, options?: MkdirOptions): Promise<void> {
    const p = await this.physical(path);
    if (options?.recursive) {
      const created = await this.checkMkdirChain(p);
      if (created === null) return;
      await this.inner.mkdir(p, { recursive: true });
      this.hub.emit({ kind: 'rename', path: created });
      return;
    }
    if (await this.inner.exists(p)) throw fsError('EEXIST', 'mkdir', p);
    await this.requireParentDir(p, 'mkdir');
    await this.inner.mkdir(p);
    this.hub.emit({ kind: 'rename', path: p });
  }

  readdir(path: string): Promise<string[]> {
    return this.inner.readdir(path);
  }

  readdirWithFileTypes(path: string): Promise<DirentEntry[]> {
    return this.inner.readdirWithFileTypes(path);
  }

  async rm(path: string, options?: RmOptions): Promise<void> {
    const p = normalizePath(path);
    const existed = await this.lexists(p);
    await this.inner.rm(p, options);
    if (existed) this.hub.emit({ kind: 'rename', path: p });
  }

  async cp(src: string, dest: string, options?: CpOptions): Promise<void> {
    const d = normalizePath(dest);
    const existed = await this.lexists(d);
    await this.requireParentDir(d, 'cp');
    await this.inner.cp(normalizePath(src), d, options);
    this.hub.emit({ kind: existed ? 'change' : 'rename', path: d });
  }

  async mv(src: string, dest: string): Promise<void> {
    const s = normalizePath(src);
    const d = normalizePath(dest);
    if (s === d) {
      if (!(await this.lexists(s))) throw fsError('ENOENT', 'rename', s);
      return;
    }
    const from = await this.lstatOrNull(s);
    if (from === null) throw fsError('ENOENT', 'rename', s);
    await this.requireParentDir(d, 'rename');
    if (from.isDirectory && isWithin(s, d)) throw fsError('EINVAL', 'rename', s, `cannot move '${s}' into itself, '${d}'`);
    const to = await this.lstatOrNull(d);
    if (to !== null) {
      if (from.isDirectory && !to.isDirectory) throw fsError('ENOTDIR', 'rename', d);
      if (!from.isDirectory && to.isDirectory) throw fsError('EISDIR', 'rename', d);
      if (to.isDirectory) {
        if ((await this.inner.readdir(d)).length > 0) throw fsError('ENOTEMPTY', 'rename', d);
        await this.inner.rm(d, { recursive: true });
      }
    }
    await this.inner.mv(s, d);
    this.hub.emit({ kind: 'rename', path: s });
    this.hub.emit({ kind: 'rename', path: d });
  }

  resolvePath(base: string, path: string): string {
    return this.inner.resolvePath(base, path);
  }

  getAllPaths(): string[] {
    return this.inner.getAllPaths();
  }

  async chmod(path: string, mode: number): Promise<void> {
    await this.inner.chmod(path, mode);
    this.hub.emit({ kind: 'change', path: normalizePath(path) });
  }

  async symlink(target: string, linkPath: string): Promise<void> {
    const p = normalizePath(linkPath);
    await this.requireParentDir(p, 'symlink');
    await this.inner.symlink(target, p);
    this.hub.emit({ kind: 'rename', path: p });
  }

  async link(existingPath: string, newPath: string): Promise<void> {
    const p = normalizePath(newPath);
    await this.requireParentDir(p, 'link');
    await this.inner.link(existingPath, p);
    this.hub.emit({ kind: 'rename', path: p });
  }

  readlink(path: string): Promise<string> {
    return this.inner.readlink(path);
  }

  realpath(path: string): Promise<string> {
    return this.inner.realpath(path);
  }

  async utimes(path: string, atime: Date, mtime: Date): Promise<void> {
    await this.inner.utimes(path, atime, mtime);
    this.hub.emit({ kind: 'change', path: normalizePath(path) });
  }

  /**
   * InMemoryFs stores a new entry under the literal path it is given, so writing through a
   * symlinked directory would create a phantom path instead of landing in the link's target.
   * Resolve the parent first, as the kernel does.
   */
  private async physical(path: string): Promise<string> {
    const p = normalizePath(path);
    if (p === '/') return p;
    try {
      return joinPath(await this.inner.realpath(dirname(p)), basename(p));
    } catch {
      return p;
    }
  }

  /** Returns whether the file already existed; throws the POSIX error a real open(O_CREAT) gives. */
  private async prepareFileWrite(p: string, syscall: string): Promise<boolean> {
    const current = await this.statOrNull(p);
    if (current?.isDirectory) throw fsError('EISDIR', syscall, p);
    if (current === null) await this.requireParentDir(p, syscall);
    return current !== null;
  }

  private async requireParentDir(p: string, syscall: string): Promise<void> {
    const parent = await this.statOrNull(dirname(p));
    if (parent === null) throw fsError('ENOENT', syscall, p);
    if (!parent.isDirectory) throw fsError('ENOTDIR', syscall, p);
  }

  /** For `mkdir -p`: the first directory it would create, null if all exist, or the POSIX error. */
  private async checkMkdirChain(p: string): Promise<string | null> {
    const parts = p.split('/').filter(Boolean);
    let current = '';
    for (let i = 0; i < parts.length; i++) {
      current += '/' + parts[i];
      const found = await this.statOrNull(current);
      if (found === null) return current;
      if (!found.isDirectory) throw fsError(i === parts.length - 1 ? 'EEXIST' : 'ENOTDIR', 'mkdir', p);
    }
    return null;
  }

  private async statOrNull(p: string): Promise<FsStat | null> {
    try {
      return await this.inner.stat(p);
    } catch {
      return null;
    }
  }

  private async lstatOrNull(p: string): Promise<FsStat | null> {
    try {
      return await this.inner.lstat(p);
    } catch {
      return null;
    }
  }

  private async lexists(p: string): Promise<boolean> {
    return (await this.lstatOrNull(p)) !== null;
  }
}

export function createMemoryWorkspace(files?: WorldFiles): MemoryWorkspace {
  return new MemoryWorkspace(files);
}
