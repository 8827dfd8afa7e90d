// A flat, sorted listing of a world for the file tree: what is there now, with kinds and sizes.
// Symlinks are listed, never followed, so a link loop cannot hang the walk.
import type { IFileSystem } from './fsTypes.ts';
import { joinPath, normalizePath } from './paths.ts';

export type EntryKind = 'file' | 'dir' | 'symlink';

export interface TreeEntry {
  path: string;
  kind: EntryKind;
  size: number;
}

export interface SnapshotOptions {
  /** Stop after this many entries; a runaway agent can create a lot of files. */
  limit?: number;
  /** Paths (and everything under them) to leave out. */
  skip?: (path: string) => boolean;
}

export interface Snapshot {
  entries: TreeEntry[];
  truncated: boolean;
}

export async function snapshotWorkspace(fs: IFileSystem, root = '/', options: SnapshotOptions = {}): Promise<Snapshot> {
  const limit = options.limit ?? 5000;
  const entries: TreeEntry[] = [];
  let truncated = false;

  async function list(dir: string): Promise<{ name: string; kind: EntryKind }[]> {
    if (fs.readdirWithFileTypes) {
      const dirents = await fs.readdirWithFileTypes(dir);
      return dirents.map((d) => ({ name: d.name, kind: d.isSymbolicLink ? 'symlink' : d.isDirectory ? 'dir' : 'file' }));
    }
    const names = await fs.readdir(dir);
    return Promise.all(names.map(async (name) => {
      const st = await fs.lstat(joinPath(dir, name));
      return { name, kind: st.isSymbolicLink ? 'symlink' as const : st.isDirectory ? 'dir' as const : 'file' as const };
    }));
  }

  async function walk(dir: string): Promise<void> {
    const children = (await list(dir)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const child of children) {
      if (entries.length >= limit) {
        truncated = true;
        return;
      }
      const path = joinPath(dir, child.name);
      if (options.skip?.(path)) continue;
      const size = child.kind === 'file' ? await sizeOf(fs, path) : 0;
      entries.push({ path, kind: child.kind, size });
      if (child.kind === 'dir') await walk(path);
    }
  }

  await walk(normalizePath(root));
  return { entries, truncated };
}

async function sizeOf(fs: IFileSystem, path: string): Promise<number> {
  try {
    return (await fs.stat(path)).size;
  } catch {
    return 0;
  }
}
