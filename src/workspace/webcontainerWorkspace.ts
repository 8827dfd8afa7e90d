// The WebContainer backend: one product world under `worlds/<product>` of the shared instance's
// workdir, behind the same port as the in-memory backend. The WebContainer fs API offers only
// readFile, writeFile, mkdir, readdir, rm, rename and watch; everything else IFileSystem asks for
// (stat, append, copy, links, modes, times) is built here from those calls, and errors are
// re-thrown in just-bash's dialect naming the world path, never the container path.
import type { FileSystemAPI } from '@webcontainer/api';
import { bytesToText, contentToBytes, encodingOf, isUtf8 } from './encoding.ts';
import { errorCode, errorMessage, fsError } from './fsErrors.ts';
import type {
  CpOptions, DirentEntry, FileContent, FsStat, MkdirOptions, ReadOptions, RmOptions, WriteOptions,
} from './fsTypes.ts';
import { basename, dirname, isWithin, joinPath, normalizePath, resolvePath } from './paths.ts';
import { VirtualLinks } from './virtualLinks.ts';
import { WatchHub } from './watchHub.ts';
import { isNullDevice, nullDeviceStat } from './nullDevice.ts';
import { assertProductId, type WatchListener, type Workspace, type WorldFiles } from './workspace.ts';

/** The calls this adapter makes, so a test can hand it a fake with the same semantics. */
export type WebContainerFs = Pick<FileSystemAPI, 'readFile' | 'writeFile' | 'mkdir' | 'readdir' | 'rm' | 'rename' | 'watch'>;

export const WORLDS_DIR = 'worlds';

interface Meta { mode?: number; mtime?: Date }

export class WebContainerWorkspace implements Workspace {
  readonly kind = 'webcontainer' as const;
  /** The world's root relative to the container workdir, e.g. `worlds/cowork`. */
  readonly root: string;
  /** Settles when the root exists and the starting files are written; every operation waits for it. */
  readonly ready: Promise<void>;
  private readonly links = new VirtualLinks();
  private readonly meta = new Map<string, Meta>();
  private readonly known = new Set<string>(['/']);
  private readonly hub = new WatchHub();

  constructor(private readonly fs: WebContainerFs, product: string, files: WorldFiles = {}) {
    assertProductId(product);
    this.root = `${WORLDS_DIR}/${product}`;
    this.ready = this.seed(files);
    // A failed seed is reported by the first operation that awaits `ready`; keep it off the console.
    this.ready.catch(() => undefined);
  }

  private async seed(files: WorldFiles): Promise<void> {
    await this.fs.rm(this.root, { recursive: true, force: true });
    await this.fs.mkdir(this.root, { recursive: true });
    for (const path of Object.keys(files).sort()) {
      const p = normalizePath(path);
      await this.fs.mkdir(this.real(dirname(p)), { recursive: true });
      await this.fs.writeFile(this.real(p), contentToBytes(files[path] as string | Uint8Array));
      this.remember(p);
    }
  }

  private real(worldPath: string): string {
    const p = normalizePath(worldPath);
    return p === '/' ? this.root : this.root + p;
  }

  private remember(p: string): void {
    for (let cur = p; cur !== '/'; cur = dirname(cur)) this.known.add(cur);
  }

  private forget(p: string): void {
    for (const k of [...this.known]) if (k !== '/' && isWithin(p, k)) this.known.delete(k);
  }

  /** Runs one backend call after `ready`, translating whatever it throws. */
  private async call<T>(syscall: string, path: string, run: () => Promise<T>): Promise<T> {
    try {
      await this.ready;
      return await run();
    } catch (error) {
      throw this.translate(error, syscall, path);
    }
  }

  private translate(error: unknown, syscall: string, path: string): Error {
    const code = errorCode(error);
    if (code !== null) return fsError(code, syscall, path);
    // Unknown failures keep their text, minus the container's own layout.
    const text = errorMessage(error).split(this.root).join('');
    return fsError('EIO', syscall, path, text);
  }

  watch(path: string, listener: WatchListener): () => void {
    const root = normalizePath(path);
    const unsubscribeLocal = this.hub.subscribe(root, listener);
    let closed = false;
    let close: (() => void) | null = null;
    void this.ready.then(() => {
      if (closed) return;
      try {
        const watcher = this.fs.watch(this.real(root), { recursive: true, encoding: 'utf8' }, (event, filename) => {
          const name = typeof filename === 'string' ? filename : new TextDecoder().decode(filename);
          const changed = joinPath(root, name);
          if (event === 'rename') this.known.add(changed);
          listener({ kind: event, path: changed });
        });
        close = () => watcher.close();
      } catch (error) {
        console.warn(`workspace: cannot watch ${root}: ${errorMessage(error)}`);
      }
    }, () => undefined);
    return () => {
      closed = true;
      unsubscribeLocal();
      close?.();
    };
  }

  async readFile(path: string, options?: ReadOptions): Promise<string> {
    if (isNullDevice(path)) return Promise.resolve('');
    const real = this.real(this.links.resolve(path, true, 'open'));
    const encoding = encodingOf(options);
    if (isUtf8(encoding)) return this.call('open', normalizePath(path), () => this.fs.readFile(real, 'utf8'));
    return bytesToText(await this.readFileBuffer(path), encoding);
  }

  async readFileBuffer(path: string): Promise<Uint8Array> {
    if (isNullDevice(path)) return Promise.resolve(new Uint8Array());
    const real = this.real(this.links.resolve(path, true, 'open'));
    return this.call('open', normalizePath(path), () => this.fs.readFile(real));
  }

  async writeFile(path: string, content: FileContent, options?: WriteOptions): Promise<void> {
    if (isNullDevice(path)) return;
    const p = this.links.resolve(path, true, 'open');
    const data = typeof content === 'string' && isUtf8(encodingOf(options)) ? content : contentToBytes(content, encodingOf(options));
    await this.call('open', normalizePath(path), () => this.fs.writeFile(this.real(p), data));
    this.remember(p);
    this.touch(p);
  }

  async appendFile(path: string, content: FileContent, options?: WriteOptions): Promise<void> {
    if (isNullDevice(path)) return;
    // The API has no append, so this is read-modify-write; the agent's steps run one at a time.
    const p = this.links.resolve(path, true, 'open');
    let before: Uint8Array = new Uint8Array();
    try {
      before = await this.readFileBuffer(p);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
    const added = contentToBytes(content, encodingOf(options));
    const joined = new Uint8Array(before.length + added.length);
    joined.set(before);
    joined.set(added, before.length);
    await this.writeFile(p, joined);
  }

  async exists(path: string): Promise<boolean> {
    if (isNullDevice(path)) return Promise.resolve(true);
    try {
      await this.stat(path);
      return true;
    } catch {
      return false;
    }
  }

  stat(path: string): Promise<FsStat> {
    if (isNullDevice(path)) return Promise.resolve(nullDeviceStat());
    return this.statResolved(this.links.resolve(path, true, 'stat'), normalizePath(path));
  }

  async lstat(path: string): Promise<FsStat> {
    if (isNullDevice(path)) return Promise.resolve(nullDeviceStat());
    const p = this.links.resolve(path, false, 'lstat');
    const target = this.links.target(p);
    if (target === undefined) return this.statResolved(p, normalizePath(path));
    await this.statResolved(dirname(p), normalizePath(path));
    return this.describe(p, { isFile: false, isDirectory: false, isSymbolicLink: true, size: target.length });
  }

  /** There is no stat call: find the entry in its parent's listing, and read a file for its size. */
  private async statResolved(p: string, asked: string): Promise<FsStat> {
    if (p === '/') {
      await this.call('stat', asked, () => this.fs.readdir(this.root));
      return this.describe(p, { isFile: false, isDirectory: true, isSymbolicLink: false, size: 0 });
    }
    const entries = await this.call('stat', asked, () => this.fs.readdir(this.real(dirname(p)), { withFileTypes: true }));
    const entry = entries.find((e) => e.name === basename(p));
    if (!entry) throw fsError('ENOENT', 'stat', asked);
    if (entry.isDirectory()) return this.describe(p, { isFile: false, isDirectory: true, isSymbolicLink: false, size: 0 });
    const bytes = await this.call('stat', asked, () => this.fs.readFile(this.real(p)));
    return this.describe(p, { isFile: true, isDirectory: false, isSymbolicLink: false, size: bytes.length });
  }

  private describe(p: string, kind: Pick<FsStat, 'isFile' | 'isDirectory' | 'isSymbolicLink' | 'size'>): FsStat {
    const meta = this.meta.get(p);
    const mode = meta?.mode ?? (kind.isDirectory ? 0o755 : kind.isSymbolicLink ? 0o777 : 0o644);
    return { ...kind, mode, mtime: meta?.mtime ?? new Date(0) };
  }

  private touch(p: string): void {
    this.meta.set(p, { ...this.meta.get(p), mtime: new Date() });
  }

  async mkdir(path: string, options?: MkdirOptions): Promise<void> {
    const p = this.links.resolve(path, !!options?.recursive, 'mkdir');
    if (!options?.recursive && this.links.has(p)) throw fsError('EEXIST', 'mkdir', normalizePath(path));
    const real = this.real(p);
    if (options?.recursive) await this.call('mkdir', normalizePath(path), () => this.fs.mkdir(real, { recursive: true }));
    else await this.call('mkdir', normalizePath(path), () => this.fs.mkdir(real));
    this.remember(p);
  }

  async readdir(path: string): Promise<string[]> {
    const p = this.links.resolve(path, true, 'scandir');
    const names = await this.call('scandir', normalizePath(path), () => this.fs.readdir(this.real(p)));
    const all = [...new Set([...names, ...this.links.namesIn(p)])].sort();
    for (const name of all) this.known.add(joinPath(p, name));
    return all;
  }

  async readdirWithFileTypes(path: string): Promise<DirentEntry[]> {
    const p = this.links.resolve(path, true, 'scandir');
    const entries = await this.call('scandir', normalizePath(path), () => this.fs.readdir(this.real(p), { withFileTypes: true }));
    const out: DirentEntry[] = entries.map((e) => ({
      name: e.name, isFile: e.isFile(), isDirectory: e.isDirectory(), isSymbolicLink: !e.isFile() && !e.isDirectory(),
    }));
    for (const name of this.links.namesIn(p)) out.push({ name, isFile: false, isDirectory: false, isSymbolicLink: true });
    for (const e of out) this.known.add(joinPath(p, e.name));
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  async rm(path: string, options?: RmOptions): Promise<void> {
    const p = this.links.resolve(path, false, 'rm');
    if (this.links.delete(p)) {
      this.afterRemove(p, true);
      return;
    }
    let info: FsStat;
    try {
      info = await this.statResolved(p, normalizePath(path));
    } catch (error) {
      if (options?.force && errorCode(error) === 'ENOENT') return;
      throw fsError(errorCode(error) ?? 'EIO', 'rm', normalizePath(path));
    }
    // Like just-bash's InMemoryFs: an empty directory goes without `recursive`, a full one does not.
    if (info.isDirectory && !options?.recursive && (await this.readdir(p)).length > 0) {
      throw fsError('ENOTEMPTY', 'rm', normalizePath(path));
    }
    await this.call('rm', normalizePath(path), () => this.fs.rm(this.real(p), { recursive: info.isDirectory, force: options?.force }));
    this.links.dropUnder(p);
    this.afterRemove(p, false);
  }

  /** Only link changes are announced here: the container's own watcher reports real entries. */
  private afterRemove(p: string, wasLink: boolean): void {
    this.forget(p);
    for (const k of [...this.meta.keys()]) if (isWithin(p, k)) this.meta.delete(k);
    if (wasLink) this.hub.emit({ kind: 'rename', path: p });
  }

  async cp(src: string, dest: string, options?: CpOptions): Promise<void> {
    const s = this.links.resolve(src, true, 'cp');
    const d = this.links.resolve(dest, true, 'cp');
    const info = await this.statResolved(s, normalizePath(src));
    if (info.isDirectory) {
      if (!options?.recursive) throw fsError('EISDIR', 'cp', normalizePath(src), 'is a directory');
      if (isWithin(s, d)) throw fsError('EINVAL', 'cp', normalizePath(src), `cannot copy '${s}' into itself, '${d}'`);
      await this.mkdir(d, { recursive: true });
      for (const name of await this.readdir(s)) await this.cp(joinPath(s, name), joinPath(d, name), options);
      return;
    }
    await this.writeFile(d, await this.readFileBuffer(s));
  }

  async mv(src: string, dest: string): Promise<void> {
    const s = this.links.resolve(src, false, 'rename');
    const d = this.links.resolve(dest, false, 'rename');
    if (this.links.has(s)) {
      await this.statResolved(dirname(d), normalizePath(dest));
      if (await this.lexists(d)) await this.rm(d);
      this.links.moveUnder(s, d);
      this.afterMove(s, d, true);
      return;
    }
    await this.call('rename', normalizePath(src), () => this.fs.rename(this.real(s), this.real(d)));
    this.links.moveUnder(s, d);
    this.afterMove(s, d, false);
  }

  private afterMove(s: string, d: string, wasLink: boolean): void {
    for (const k of [...this.known]) {
      if (k !== '/' && isWithin(s, k)) {
        this.known.delete(k);
        this.known.add(normalizePath(d + k.slice(s.length)));
      }
    }
    this.remember(d);
    for (const [k, v] of [...this.meta]) {
      if (isWithin(s, k)) {
        this.meta.delete(k);
        this.meta.set(normalizePath(d + k.slice(s.length)), v);
      }
    }
    if (!wasLink) return;
    this.hub.emit({ kind: 'rename', path: s });
    this.hub.emit({ kind: 'rename', path: d });
  }

  private async lexists(p: string): Promise<boolean> {
    try {
      await this.lstat(p);
      return true;
    } catch {
      return false;
    }
  }

  resolvePath(base: string, path: string): string {
    return resolvePath(base, path);
  }

  /** Paths this adapter has written, created or listed: the API cannot enumerate synchronously. */
  getAllPaths(): string[] {
    return [...this.known].sort();
  }

  async chmod(path: string, mode: number): Promise<void> {
    const p = this.links.resolve(path, true, 'chmod');
    await this.statResolved(p, normalizePath(path));
    // The fs API cannot change modes; keep them here so `ls -l` and `stat` tell the truth we know.
    this.meta.set(p, { ...this.meta.get(p), mode: mode & 0o7777 });
    this.hub.emit({ kind: 'change', path: p });
  }

  async symlink(target: string, linkPath: string): Promise<void> {
    const p = this.links.resolve(linkPath, false, 'symlink');
    await this.statResolved(dirname(p), normalizePath(linkPath)).then((parent) => {
      if (!parent.isDirectory) throw fsError('ENOTDIR', 'symlink', normalizePath(linkPath));
    });
    if (await this.lexists(p)) throw fsError('EEXIST', 'symlink', normalizePath(linkPath));
    this.links.add(p, target);
    this.remember(p);
    this.hub.emit({ kind: 'rename', path: p });
  }

  async link(existingPath: string, newPath: string): Promise<void> {
    await this.stat(existingPath);
    throw fsError('ENOTSUP', 'link', normalizePath(newPath), 'hard links are not available on the WebContainer backend');
  }

  async readlink(path: string): Promise<string> {
    const p = this.links.resolve(path, false, 'readlink');
    const target = this.links.target(p);
    if (target !== undefined) return target;
    await this.statResolved(p, normalizePath(path));
    throw fsError('EINVAL', 'readlink', normalizePath(path));
  }

  async realpath(path: string): Promise<string> {
    const p = this.links.resolve(path, true, 'realpath');
    await this.statResolved(p, normalizePath(path));
    return p;
  }

  async utimes(path: string, _atime: Date, mtime: Date): Promise<void> {
    const p = this.links.resolve(path, true, 'utimes');
    await this.statResolved(p, normalizePath(path));
    this.meta.set(p, { ...this.meta.get(p), mtime });
    this.hub.emit({ kind: 'change', path: p });
  }
}

export function createWebContainerWorkspace(fs: WebContainerFs, product: string, files?: WorldFiles): WebContainerWorkspace {
  return new WebContainerWorkspace(fs, product, files);
}
