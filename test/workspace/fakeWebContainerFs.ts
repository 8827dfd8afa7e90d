// A faithful stand-in for `WebContainer#fs` (@webcontainer/api FileSystemAPI), which is modeled on
// Node's fs.promises: paths resolve against the workdir, errors carry Node's codes and messages,
// readdir can return Dirents or byte names, rm needs `recursive` for directories and honours
// `force`, rename follows POSIX rename(2), and watch reports `rename`/`change` with the changed
// name relative to the watched path, asynchronously. test/workspace/fakeWebContainerFs.test.ts holds
// it to the real node:fs on the same operation scripts.
import type { DirEnt, FSWatchCallback, FSWatchOptions, FileSystemAPI, IFSWatcher } from '@webcontainer/api';

type FakeNode =
  | { type: 'file'; data: Uint8Array }
  | { type: 'dir'; children: Map<string, FakeNode> };

type NodeCode = 'ENOENT' | 'EEXIST' | 'ENOTDIR' | 'EISDIR' | 'ENOTEMPTY' | 'EINVAL' | 'ERR_FS_EISDIR';

const messages: Record<NodeCode, string> = {
  ENOENT: 'no such file or directory',
  EEXIST: 'file already exists',
  ENOTDIR: 'not a directory',
  EISDIR: 'illegal operation on a directory',
  ENOTEMPTY: 'directory not empty',
  EINVAL: 'invalid argument',
  ERR_FS_EISDIR: 'is a directory',
};

function nodeError(code: NodeCode, syscall: string, path: string): Error {
  if (code === 'ERR_FS_EISDIR') {
    return Object.assign(new Error(`Path is a directory: ${syscall} returned EISDIR (is a directory) ${path}`), { code });
  }
  return Object.assign(new Error(`${code}: ${messages[code]}, ${syscall} '${path}'`), { code, syscall, path });
}

interface Watcher { parts: string[]; recursive: boolean; listener: FSWatchCallback; buffer: boolean }

export class FakeWebContainerFs {
  readonly root: FakeNode = { type: 'dir', children: new Map() };
  private readonly watchers = new Set<Watcher>();
  /** Every call, for tests that check the adapter never reaches outside its world root. */
  readonly calls: { op: string; path: string }[] = [];

  constructor(readonly workdir = '/home/projects/lab') {}

  /** The real API resolves relative paths against the workdir; absolute paths must be inside it. */
  private split(path: string): string[] {
    let rel = path;
    if (rel.startsWith('/')) {
      if (rel !== this.workdir && !rel.startsWith(this.workdir + '/')) throw nodeError('ENOENT', 'open', path);
      rel = rel.slice(this.workdir.length);
    }
    const parts: string[] = [];
    for (const part of rel.split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..') parts.pop();
      else parts.push(part);
    }
    return parts;
  }

  private lookup(parts: string[], syscall: string, path: string): FakeNode | undefined {
    let node: FakeNode = this.root;
    for (const part of parts) {
      if (node.type !== 'dir') throw nodeError('ENOTDIR', syscall, path);
      const next = node.children.get(part);
      if (!next) return undefined;
      node = next;
    }
    return node;
  }

  private parentDir(parts: string[], syscall: string, path: string): Map<string, FakeNode> {
    const parent = this.lookup(parts.slice(0, -1), syscall, path);
    if (!parent) throw nodeError('ENOENT', syscall, path);
    if (parent.type !== 'dir') throw nodeError('ENOTDIR', syscall, path);
    return parent.children;
  }

  async readFile(path: string, encoding?: string | null): Promise<Uint8Array | string> {
    this.calls.push({ op: 'readFile', path });
    const node = this.lookup(this.split(path), 'open', path);
    if (!node) throw nodeError('ENOENT', 'open', path);
    if (node.type === 'dir') throw nodeError('EISDIR', 'read', path);
    if (encoding === undefined || encoding === null) return node.data.slice();
    if (encoding === 'utf8' || encoding === 'utf-8') return new TextDecoder().decode(node.data);
    if (encoding === 'latin1' || encoding === 'binary') return String.fromCharCode(...node.data);
    throw new TypeError(`fake: encoding ${encoding} not modeled`);
  }

  async writeFile(path: string, data: string | Uint8Array, options?: string | { encoding?: string | null } | null): Promise<void> {
    this.calls.push({ op: 'writeFile', path });
    const encoding = typeof options === 'string' ? options : options?.encoding;
    if (typeof data === 'string' && encoding !== undefined && encoding !== null && encoding !== 'utf8' && encoding !== 'utf-8') {
      throw new TypeError(`fake: encoding ${encoding} not modeled`);
    }
    const parts = this.split(path);
    const dir = this.parentDir(parts, 'open', path);
    const name = parts[parts.length - 1];
    if (name === undefined) throw nodeError('EISDIR', 'open', path);
    const existing = dir.get(name);
    if (existing?.type === 'dir') throw nodeError('EISDIR', 'open', path);
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data.slice();
    dir.set(name, { type: 'file', data: bytes });
    this.notify(parts, existing ? 'change' : 'rename');
  }

  async mkdir(path: string, options?: { recursive?: boolean }): Promise<string | undefined> {
    this.calls.push({ op: 'mkdir', path });
    const parts = this.split(path);
    if (!options?.recursive) {
      const dir = this.parentDir(parts, 'mkdir', path);
      const name = parts[parts.length - 1];
      if (name === undefined || dir.has(name)) throw nodeError('EEXIST', 'mkdir', path);
      dir.set(name, { type: 'dir', children: new Map() });
      this.notify(parts, 'rename');
      return undefined;
    }
    let node: FakeNode = this.root;
    let firstCreated: string | undefined;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string;
      if (node.type !== 'dir') throw nodeError('ENOTDIR', 'mkdir', path);
      let next = node.children.get(part);
      if (!next) {
        next = { type: 'dir', children: new Map() };
        node.children.set(part, next);
        if (firstCreated === undefined) {
          firstCreated = `${this.workdir}/${parts.slice(0, i + 1).join('/')}`;
          this.notify(parts.slice(0, i + 1), 'rename');
        }
      } else if (next.type !== 'dir' && i === parts.length - 1) {
        throw nodeError('EEXIST', 'mkdir', path);
      }
      node = next;
    }
    return firstCreated;
  }

  async readdir(path: string, options?: unknown): Promise<unknown[]> {
    this.calls.push({ op: 'readdir', path });
    const node = this.lookup(this.split(path), 'scandir', path);
    if (!node) throw nodeError('ENOENT', 'scandir', path);
    if (node.type !== 'dir') throw nodeError('ENOTDIR', 'scandir', path);
    const opts = typeof options === 'string' ? { encoding: options } : (options ?? {}) as { encoding?: string; withFileTypes?: boolean };
    const asBytes = opts.encoding === 'buffer';
    const names = [...node.children.keys()];
    const toName = (name: string): string | Uint8Array => (asBytes ? new TextEncoder().encode(name) : name);
    if (!opts.withFileTypes) return names.map(toName);
    return names.map((name): DirEnt<string | Uint8Array> => {
      const child = node.children.get(name);
      return {
        name: toName(name),
        isFile: () => child?.type === 'file',
        isDirectory: () => child?.type === 'dir',
      };
    });
  }

  async rm(path: string, options?: { force?: boolean; recursive?: boolean }): Promise<void> {
    this.calls.push({ op: 'rm', path });
    const parts = this.split(path);
    let node: FakeNode | undefined;
    try {
      node = this.lookup(parts, 'lstat', path);
    } catch (error) {
      if (options?.force) return;
      throw error;
    }
    if (!node) {
      if (options?.force) return;
      throw nodeError('ENOENT', 'lstat', path);
    }
    if (node.type === 'dir' && !options?.recursive) throw nodeError('ERR_FS_EISDIR', 'rm', path);
    const name = parts[parts.length - 1];
    if (name === undefined) throw nodeError('EINVAL', 'rm', path);
    this.parentDir(parts, 'rm', path).delete(name);
    this.notify(parts, 'rename');
  }

  async rename(oldPath: string, newPath: string): Promise<void> {
    this.calls.push({ op: 'rename', path: oldPath }, { op: 'rename', path: newPath });
    const from = this.split(oldPath);
    const to = this.split(newPath);
    const source = this.lookup(from, 'rename', oldPath);
    if (!source) throw nodeError('ENOENT', 'rename', `${oldPath}' -> '${newPath}`);
    const targetDir = this.parentDir(to, 'rename', `${oldPath}' -> '${newPath}`);
    const fromName = from[from.length - 1];
    const toName = to[to.length - 1];
    if (fromName === undefined || toName === undefined) throw nodeError('EINVAL', 'rename', oldPath);
    if (from.join('/') === to.join('/')) return;
    if (source.type === 'dir' && to.length > from.length && from.every((p, i) => to[i] === p)) {
      throw nodeError('EINVAL', 'rename', `${oldPath}' -> '${newPath}`);
    }
    const existing = targetDir.get(toName);
    if (existing) {
      if (source.type === 'dir' && existing.type !== 'dir') throw nodeError('ENOTDIR', 'rename', `${oldPath}' -> '${newPath}`);
      if (source.type !== 'dir' && existing.type === 'dir') throw nodeError('EISDIR', 'rename', `${oldPath}' -> '${newPath}`);
      if (existing.type === 'dir' && existing.children.size > 0) throw nodeError('ENOTEMPTY', 'rename', `${oldPath}' -> '${newPath}`);
    }
    this.parentDir(from, 'rename', oldPath).delete(fromName);
    targetDir.set(toName, source);
    this.notify(from, 'rename');
    this.notify(to, 'rename');
  }

  watch(filename: string, optionsOrListener?: FSWatchOptions | FSWatchCallback, maybeListener?: FSWatchCallback): IFSWatcher {
    const parts = this.split(filename);
    if (!this.lookup(parts, 'watch', filename)) throw nodeError('ENOENT', 'watch', filename);
    const listener = typeof optionsOrListener === 'function' ? optionsOrListener : maybeListener;
    const options = typeof optionsOrListener === 'object' && optionsOrListener !== null ? optionsOrListener : {};
    const watcher: Watcher = {
      parts,
      recursive: options.recursive === true,
      listener: listener ?? (() => undefined),
      buffer: (options.encoding as string | null | undefined) === 'buffer',
    };
    this.watchers.add(watcher);
    return { close: () => { this.watchers.delete(watcher); } };
  }

  get watcherCount(): number {
    return this.watchers.size;
  }

  private notify(parts: string[], event: 'rename' | 'change'): void {
    for (const watcher of this.watchers) {
      const base = watcher.parts;
      const inside = parts.length > base.length && base.every((p, i) => parts[i] === p);
      const self = parts.length === base.length && base.every((p, i) => parts[i] === p);
      if (!self && !(inside && (watcher.recursive || parts.length === base.length + 1))) continue;
      const relative = self ? (parts[parts.length - 1] ?? '') : parts.slice(base.length).join('/');
      const name = watcher.buffer ? new TextEncoder().encode(relative) : relative;
      setTimeout(() => { if (this.watchers.has(watcher)) watcher.listener(event, name); }, 0);
    }
  }
}

/** The fake typed as the real API, for handing to the adapter. */
export function asFileSystemAPI(fake: FakeWebContainerFs): FileSystemAPI {
  return fake as unknown as FileSystemAPI;
}
