// Carries the Workspace port across a MessagePort, so the engine can run in a Web Worker while the
// world lives on the main thread (where the WebContainer has to be). The worker side is a complete
// Workspace whose calls become messages; the main-thread side runs them on the real backend, and
// only the operations of the port, never arbitrary method names.
import { errorCode, errorMessage, type FsErrorCode } from './fsErrors.ts';
import { resolvePath } from './paths.ts';
import type {
  CpOptions, DirentEntry, FileContent, FsStat, MkdirOptions, ReadOptions, RmOptions, WriteOptions,
} from './fsTypes.ts';
import type { WatchEvent, WatchListener, Workspace, WorkspaceKind } from './workspace.ts';

/** The part of MessagePort (or a Worker, or a worker's `self`) the bridge uses. */
export interface PortLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  start?(): void;
}

const CALLS = [
  'readFile', 'readFileBuffer', 'writeFile', 'appendFile', 'exists', 'stat', 'lstat', 'mkdir', 'readdir',
  'readdirWithFileTypes', 'rm', 'cp', 'mv', 'chmod', 'symlink', 'link', 'readlink', 'realpath', 'utimes',
] as const;
type Call = (typeof CALLS)[number];
const callSet = new Set<string>(CALLS);

type Request =
  | { bridge: 'ws'; id: number; op: Call | 'ready' | 'paths'; args: unknown[] }
  | { bridge: 'ws'; id: number; op: 'watch'; args: [string] }
  | { bridge: 'ws'; id: number; op: 'unwatch'; args: [number] };

type Response =
  | { bridge: 'ws'; id: number; ok: true; value: unknown }
  | { bridge: 'ws'; id: number; ok: false; message: string; code: FsErrorCode | null }
  | { bridge: 'ws'; watch: number; event: WatchEvent };

function isRequest(data: unknown): data is Request {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as { bridge?: unknown; id?: unknown; op?: unknown; args?: unknown };
  return d.bridge === 'ws' && typeof d.id === 'number' && typeof d.op === 'string' && Array.isArray(d.args);
}

/** Main-thread side: answers a port's requests from `workspace`. Returns a function that stops it. */
export function serveWorkspace(workspace: Workspace, port: PortLike): () => void {
  const watches = new Map<number, () => void>();
  const reply = (message: Response) => port.postMessage(message);

  const onMessage = (event: { data: unknown }) => {
    const request = event.data;
    if (!isRequest(request)) return;
    const { id } = request;
    const fail = (error: unknown) => reply({ bridge: 'ws', id, ok: false, message: errorMessage(error), code: errorCode(error) });
    if (request.op === 'watch') {
      const path = request.args[0];
      if (typeof path !== 'string') return fail(new Error('workspace bridge: watch needs a path'));
      watches.set(id, workspace.watch(path, (e) => reply({ bridge: 'ws', watch: id, event: e })));
      return reply({ bridge: 'ws', id, ok: true, value: null });
    }
    if (request.op === 'unwatch') {
      const target = request.args[0];
      watches.get(target as number)?.();
      watches.delete(target as number);
      return reply({ bridge: 'ws', id, ok: true, value: null });
    }
    let pending: Promise<unknown>;
    if (request.op === 'ready') pending = workspace.ready;
    else if (request.op === 'paths') pending = Promise.resolve(workspace.getAllPaths());
    else if (callSet.has(request.op)) {
      const method = (workspace as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[request.op];
      pending = typeof method === 'function'
        ? Promise.resolve().then(() => method.apply(workspace, request.args))
        : Promise.reject(new Error(`workspace bridge: the backend has no ${request.op}`));
    } else {
      pending = Promise.reject(new Error(`workspace bridge: unknown operation "${String(request.op)}"`));
    }
    pending.then((value) => reply({ bridge: 'ws', id, ok: true, value: value ?? null }), fail);
  };

  port.addEventListener('message', onMessage);
  port.start?.();
  return () => {
    port.removeEventListener('message', onMessage);
    for (const stop of watches.values()) stop();
    watches.clear();
  };
}

/** Worker side: a Workspace whose every operation runs on the far side of `port`. */
export class RemoteWorkspace implements Workspace {
  readonly ready: Promise<void>;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private readonly listeners = new Map<number, WatchListener>();
  /** getAllPaths is synchronous in the port; this copy is refreshed after every call that can change it. */
  private paths: string[] = [];

  constructor(private readonly port: PortLike, readonly kind: WorkspaceKind) {
    port.addEventListener('message', (event) => this.receive(event.data));
    port.start?.();
    this.ready = this.request('ready', []).then(() => this.refreshPaths());
  }

  private receive(data: unknown): void {
    if (typeof data !== 'object' || data === null || (data as { bridge?: unknown }).bridge !== 'ws') return;
    const message = data as Response;
    if ('watch' in message) {
      this.listeners.get(message.watch)?.(message.event);
      return;
    }
    const waiter = this.pending.get(message.id);
    if (!waiter) return;
    this.pending.delete(message.id);
    if (message.ok) waiter.resolve(message.value);
    else waiter.reject(Object.assign(new Error(message.message), message.code ? { code: message.code } : {}));
  }

  private request(op: Request['op'], args: unknown[]): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.port.postMessage({ bridge: 'ws', id, op, args });
    });
  }

  private async refreshPaths(): Promise<void> {
    this.paths = (await this.request('paths', [])) as string[];
  }

  private async mutate(op: Call, args: unknown[]): Promise<void> {
    try {
      await this.request(op, args);
    } finally {
      await this.refreshPaths().catch(() => undefined);
    }
  }

  watch(path: string, listener: WatchListener): () => void {
    const id = this.nextId++;
    this.listeners.set(id, listener);
    const subscribed = new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.port.postMessage({ bridge: 'ws', id, op: 'watch', args: [path] });
    });
    return () => {
      this.listeners.delete(id);
      void subscribed.then(() => this.request('unwatch', [id])).catch(() => undefined);
    };
  }

  readFile(path: string, options?: ReadOptions): Promise<string> {
    return this.request('readFile', options === undefined ? [path] : [path, options]) as Promise<string>;
  }
  readFileBuffer(path: string): Promise<Uint8Array> {
    return this.request('readFileBuffer', [path]) as Promise<Uint8Array>;
  }
  writeFile(path: string, content: FileContent, options?: WriteOptions): Promise<void> {
    return this.mutate('writeFile', options === undefined ? [path, content] : [path, content, options]);
  }
  appendFile(path: string, content: FileContent, options?: WriteOptions): Promise<void> {
    return this.mutate('appendFile', options === undefined ? [path, content] : [path, content, options]);
  }
  exists(path: string): Promise<boolean> {
    return this.request('exists', [path]) as Promise<boolean>;
  }
  stat(path: string): Promise<FsStat> {
    return this.request('stat', [path]) as Promise<FsStat>;
  }
  lstat(path: string): Promise<FsStat> {
    return this.request('lstat', [path]) as Promise<FsStat>;
  }
  mkdir(path: string, options?: MkdirOptions): Promise<void> {
    return this.mutate('mkdir', options === undefined ? [path] : [path, options]);
  }
  readdir(path: string): Promise<string[]> {
    return this.request('readdir', [path]) as Promise<string[]>;
  }
  readdirWithFileTypes(path: string): Promise<DirentEntry[]> {
    return this.request('readdirWithFileTypes', [path]) as Promise<DirentEntry[]>;
  }
  rm(path: string, options?: RmOptions): Promise<void> {
    return this.mutate('rm', options === undefined ? [path] : [path, options]);
  }
  cp(src: string, dest: string, options?: CpOptions): Promise<void> {
    return this.mutate('cp', options === undefined ? [src, dest] : [src, dest, options]);
  }
  mv(src: string, dest: string): Promise<void> {
    return this.mutate('mv', [src, dest]);
  }
  resolvePath(base: string, path: string): string {
    return resolvePath(base, path);
  }
  getAllPaths(): string[] {
    return [...this.paths];
  }
  chmod(path: string, mode: number): Promise<void> {
    return this.mutate('chmod', [path, mode]);
  }
  symlink(target: string, linkPath: string): Promise<void> {
    return this.mutate('symlink', [target, linkPath]);
  }
  link(existingPath: string, newPath: string): Promise<void> {
    return this.mutate('link', [existingPath, newPath]);
  }
  readlink(path: string): Promise<string> {
    return this.request('readlink', [path]) as Promise<string>;
  }
  realpath(path: string): Promise<string> {
    return this.request('realpath', [path]) as Promise<string>;
  }
  utimes(path: string, atime: Date, mtime: Date): Promise<void> {
    return this.mutate('utimes', [path, atime, mtime]);
  }
}

export function connectWorkspace(port: PortLike, kind: WorkspaceKind): RemoteWorkspace {
  return new RemoteWorkspace(port, kind);
}
