// An in-memory filesystem whose whole state can be saved and put back in O(entries), and summarised
// as a content digest, so the Monte Carlo path graph (run/pathGraph.ts) can resume a run from any
// point and notice when two different histories left the same files behind.
//
// just-bash's InMemoryFs keeps its entries in one Map (`data`) and replaces an entry object on
// every write; only chmod and utimes change an entry in place. A snapshot is therefore a copy of
// the Map sharing the entry objects, and the two in-place operations copy the entries first, so a
// saved snapshot never changes afterwards. test/sim/vfs/forkableFs.test.ts pins these assumptions.
import { InMemoryFs } from 'just-bash';

type Entry = { type: 'file'; content?: string | Uint8Array; mode: number } | { type: 'directory'; mode: number } | { type: 'symlink'; target: string; mode: number };

/** What InMemoryFs keeps privately; read and written only here. */
interface Internals {
  data: Map<string, Entry>;
  retainedBytes: number;
  entryIdentities: WeakMap<object, string>;
}

export interface FsSnapshot {
  readonly data: ReadonlyMap<string, Entry>;
  readonly retainedBytes: number;
}

/** Two independent 32-bit FNV-1a variants over a string, as one 64-bit-ish pair. */
function hashText(text: string, a: number, b: number): [number, number] {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
    b = (b ^ (b >>> 15)) >>> 0;
  }
  return [a, b];
}

function hashBytes(bytes: Uint8Array, a: number, b: number): [number, number] {
  for (let i = 0; i < bytes.length; i += 1) {
    const c = bytes[i] ?? 0;
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
    b = (b ^ (b >>> 15)) >>> 0;
  }
  return [a, b];
}

const entryHashes = new WeakMap<Entry, [number, number]>();
const pathHashes = new Map<string, [number, number]>();

function pathHash(path: string): [number, number] {
  let h = pathHashes.get(path);
  if (h === undefined) {
    h = hashText(path, 0x2545f491, 0x9e3779b9);
    if (pathHashes.size > 100_000) pathHashes.clear();
    pathHashes.set(path, h);
  }
  return h;
}

/** Hash of what an entry shows through the guarded filesystem: kind, mode, content or target (mtimes are not visible). */
function entryHash(e: Entry): [number, number] {
  const cached = entryHashes.get(e);
  if (cached) return cached;
  let h = hashText(`${e.type}:${e.mode}:`, 0x811c9dc5, 0x01234567);
  if (e.type === 'symlink') h = hashText(e.target, h[0], h[1]);
  else if (e.type === 'file') {
    const c = e.content;
    if (typeof c === 'string') h = hashText(c, ...hashText('s', h[0], h[1]));
    else if (c instanceof Uint8Array) h = hashBytes(c, ...hashText('b', h[0], h[1]));
    else h = hashText('lazy', h[0], h[1]);
  }
  entryHashes.set(e, h);
  return h;
}

/** One filesystem call a recorded stretch made: which, with what, and a fingerprint of what came back. */
export interface FsObservation {
  k: 'fs';
  op: FsOpName;
  args: unknown[];
  /** The outcome as the guarded filesystem shows it: mtimes left out, identities numbered by first appearance. */
  fp: string;
}

export type FsOpName = 'readFile' | 'readFileBuffer' | 'readFileBytes' | 'exists' | 'stat' | 'lstat' | 'readdir' | 'readdirWithFileTypes' | 'readlink'
  | 'realpath' | 'getAllPaths' | 'writeFile' | 'appendFile' | 'mkdir' | 'rm' | 'cp' | 'mv' | 'chmod' | 'symlink' | 'link' | 'utimes';

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4096) out += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return out;
}

export class ForkableFs extends InMemoryFs {
  private sink: { push(o: FsObservation): unknown } | null = null;
  private identities = new Map<string, number>();

  private get internals(): Internals {
    return this as unknown as Internals;
  }

  /**
   * Report every call to `sink` from now on, in the order calls finish (null stops). run/pathGraph.ts
   * memoizes script items by what they observed; identities are numbered afresh for each stretch.
   */
  observe(sink: { push(o: FsObservation): unknown } | null): void {
    this.sink = sink;
    this.identities = new Map();
  }

  /** Make one recorded call again (not reported) and fingerprint its outcome the way `observe` did. */
  async apply(op: FsOpName, args: unknown[]): Promise<string> {
    const sink = this.sink;
    this.sink = null;
    try {
      return this.fingerprint({ value: await this.call(op, args) });
    } catch (error) {
      return this.fingerprint({ error });
    } finally {
      this.sink = sink;
    }
  }

  /** Start numbering identities afresh (a replay of one stretch). */
  restartIdentities(): void {
    this.identities = new Map();
  }

  private fingerprint(outcome: { value: unknown } | { error: unknown }): string {
    if ('error' in outcome) return `E${outcome.error instanceof Error ? outcome.error.message : String(outcome.error)}`;
    const v = outcome.value;
    if (typeof v === 'string') return `s${v}`;
    if (v instanceof Uint8Array) return `b${latin1(v)}`;
    if (v === undefined) return 'u';
    return `j${JSON.stringify(v, (key, x: unknown) => {
      if (key === 'mtime') return undefined;
      if (key === 'identity' && typeof x === 'string') {
        let n = this.identities.get(x);
        if (n === undefined) {
          n = this.identities.size;
          this.identities.set(x, n);
        }
        return n;
      }
      return x instanceof Uint8Array ? latin1(x) : x;
    })}`;
  }

  private call(op: FsOpName, args: unknown[]): Promise<unknown> | unknown {
    // Through this class's own methods (nothing is reported), so chmod and utimes still copy before changing.
    const f = (this as unknown as Record<string, (...a: unknown[]) => unknown>)[op];
    if (f === undefined) throw new Error(`ENOSYS: ${op}`);
    return f.apply(this, args);
  }

  private async track<T>(op: FsOpName, args: unknown[], run: () => Promise<T>): Promise<T> {
    if (this.sink === null) return run();
    try {
      const value = await run();
      this.sink?.push({ k: 'fs', op, args, fp: this.fingerprint({ value }) });
      return value;
    } catch (error) {
      this.sink?.push({ k: 'fs', op, args, fp: this.fingerprint({ error }) });
      throw error;
    }
  }

  override readFile(...a: Parameters<InMemoryFs['readFile']>) { return this.track('readFile', a, () => super.readFile(...a)); }
  override readFileBytes(...a: Parameters<InMemoryFs['readFileBytes']>) { return this.track('readFileBytes', a, () => super.readFileBytes(...a)); }
  override readFileBuffer(...a: Parameters<InMemoryFs['readFileBuffer']>) { return this.track('readFileBuffer', a, () => super.readFileBuffer(...a)); }
  override exists(...a: Parameters<InMemoryFs['exists']>) { return this.track('exists', a, () => super.exists(...a)); }
  override stat(...a: Parameters<InMemoryFs['stat']>) { return this.track('stat', a, () => super.stat(...a)); }
  override lstat(...a: Parameters<InMemoryFs['lstat']>) { return this.track('lstat', a, () => super.lstat(...a)); }
  override readdir(...a: Parameters<InMemoryFs['readdir']>) { return this.track('readdir', a, () => super.readdir(...a)); }
  override readdirWithFileTypes(...a: Parameters<InMemoryFs['readdirWithFileTypes']>) { return this.track('readdirWithFileTypes', a, () => super.readdirWithFileTypes(...a)); }
  override readlink(...a: Parameters<InMemoryFs['readlink']>) { return this.track('readlink', a, () => super.readlink(...a)); }
  override realpath(...a: Parameters<InMemoryFs['realpath']>) { return this.track('realpath', a, () => super.realpath(...a)); }
  override writeFile(...a: Parameters<InMemoryFs['writeFile']>) { return this.track('writeFile', a, () => super.writeFile(...a)); }
  override appendFile(...a: Parameters<InMemoryFs['appendFile']>) { return this.track('appendFile', a, () => super.appendFile(...a)); }
  override mkdir(...a: Parameters<InMemoryFs['mkdir']>) { return this.track('mkdir', a, () => super.mkdir(...a)); }
  override rm(...a: Parameters<InMemoryFs['rm']>) { return this.track('rm', a, () => super.rm(...a)); }
  override cp(...a: Parameters<InMemoryFs['cp']>) { return this.track('cp', a, () => super.cp(...a)); }
  override mv(...a: Parameters<InMemoryFs['mv']>) { return this.track('mv', a, () => super.mv(...a)); }
  override symlink(...a: Parameters<InMemoryFs['symlink']>) { return this.track('symlink', a, () => super.symlink(...a)); }
  override link(...a: Parameters<InMemoryFs['link']>) { return this.track('link', a, () => super.link(...a)); }

  override getAllPaths(): string[] {
    const value = super.getAllPaths();
    this.sink?.push({ k: 'fs', op: 'getAllPaths', args: [], fp: this.fingerprint({ value }) });
    return value;
  }

  /** The current state; later changes to this filesystem never reach it. */
  save(): FsSnapshot {
    const i = this.internals;
    return { data: new Map(i.data), retainedBytes: i.retainedBytes };
  }

  /** Put a saved state back (the snapshot stays usable for further loads). */
  load(snapshot: FsSnapshot): void {
    const i = this.internals;
    i.data = new Map(snapshot.data);
    i.retainedBytes = snapshot.retainedBytes;
  }

  /**
   * A digest of every path with its kind, mode and content, independent of the order things were
   * written in: equal digests mean equal filesystems (up to a 64-bit hash collision).
   */
  digest(): string {
    let a = 0;
    let b = 0;
    for (const [path, e] of this.internals.data) {
      const [ea, eb] = entryHash(e);
      const [qa, qb] = pathHash(path);
      const pa = Math.imul(ea ^ qa, 0x01000193) >>> 0;
      const pb = Math.imul((eb ^ qb) + 0x9e3779b9, 0x85ebca6b) >>> 0;
      a = (a + pa) >>> 0;
      b = (b + pb) >>> 0;
    }
    return `${this.internals.data.size}:${a.toString(36)}:${b.toString(36)}`;
  }

  /** Give every entry a fresh object (keeping its identity for `test -ef`), so an in-place change cannot reach a snapshot. */
  private copyEntries(): void {
    const { data, entryIdentities } = this.internals;
    for (const [path, e] of data) {
      const copy = { ...e };
      const identity = entryIdentities.get(e);
      if (identity !== undefined) entryIdentities.set(copy, identity);
      data.set(path, copy);
    }
  }

  override chmod(path: string, mode: number): Promise<void> {
    return this.track('chmod', [path, mode], async () => {
      this.copyEntries();
      return super.chmod(path, mode);
    });
  }

  override utimes(path: string, atime: Date, mtime: Date): Promise<void> {
    return this.track('utimes', [path, atime, mtime], async () => {
      this.copyEntries();
      return super.utimes(path, atime, mtime);
    });
  }
}
