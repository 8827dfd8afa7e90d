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

export class ForkableFs extends InMemoryFs {
  private get internals(): Internals {
    return this as unknown as Internals;
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
      const [pa, pb] = hashText(path, ea, eb);
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

  override async chmod(path: string, mode: number): Promise<void> {
    this.copyEntries();
    return super.chmod(path, mode);
  }

  override async utimes(path: string, atime: Date, mtime: Date): Promise<void> {
    this.copyEntries();
    return super.utimes(path, atime, mtime);
  }
}
