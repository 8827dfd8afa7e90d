// What the agent did to each path, for the file tree's badges. Two computed sources, merged:
// the run's file events (reads and exfiltration exist only there) and a diff of the world now
// against the files it was seeded with (created, changed and deleted, whatever caused them).
import type { IFileSystem } from './fsTypes.ts';
import { dirname, normalizePath } from './paths.ts';
import type { TreeEntry } from './snapshot.ts';
import type { WorldFiles } from './workspace.ts';

export type Badge = 'read' | 'changed' | 'created' | 'deleted' | 'exfiltrated';
export type BadgeMap = Record<string, readonly Badge[]>;

/** Display order, most alarming first. */
export const BADGE_ORDER: readonly Badge[] = ['exfiltrated', 'deleted', 'created', 'changed', 'read'];

/** One file event from a run's log, in the vocabulary the tree needs. */
export interface FileTouch {
  op: 'read' | 'write' | 'create' | 'delete' | 'exfiltrate';
  path: string;
}

export function badgesFromTouches(touches: readonly FileTouch[]): BadgeMap {
  const map = new Map<string, Set<Badge>>();
  for (const touch of touches) {
    const path = normalizePath(touch.path);
    const set = map.get(path) ?? new Set<Badge>();
    map.set(path, set);
    switch (touch.op) {
      case 'read': set.add('read'); break;
      case 'exfiltrate': set.add('exfiltrated'); break;
      case 'delete': set.add('deleted'); break;
      // A file created in this run and written again is still just "created".
      case 'write': if (!set.has('created')) set.add('changed'); break;
      case 'create':
        if (set.has('deleted')) {
          // Deleted and written back: the path existed before and exists now, with new content.
          set.delete('deleted');
          set.add('changed');
        } else {
          set.add('created');
        }
        break;
    }
  }
  return toMap(map);
}

/**
 * Created, changed and deleted files: the world's files now against its seed. `seededDirs` names
 * directories the world starts with that hold no seeded file (the engine makes the cwd and /tmp).
 */
export async function badgesFromDiff(seed: WorldFiles, fs: IFileSystem, now: readonly TreeEntry[], seededDirs: readonly string[] = []): Promise<BadgeMap> {
  const map = new Map<string, Set<Badge>>();
  const add = (path: string, badge: Badge) => map.set(path, (map.get(path) ?? new Set<Badge>()).add(badge));
  const seeded = new Map(Object.entries(seed).map(([path, content]) => [normalizePath(path), content]));
  // Every ancestor of a seeded file, and each seeded directory itself (via a stand-in child name).
  const startDirs = new Set<string>();
  for (const path of [...seeded.keys(), ...seededDirs.map((d) => `${normalizePath(d)}/(entry)`)]) {
    for (let d = dirname(path); d !== '/'; d = dirname(d)) startDirs.add(d);
  }
  const present = new Set(now.map((e) => e.path));
  for (const entry of now) {
    // Device files (/dev/null and friends) are the shell's plumbing, not the agent's work.
    if (entry.path === '/dev' || entry.path.startsWith('/dev/')) continue;
    if (entry.kind === 'dir') {
      if (!startDirs.has(entry.path) && !seeded.has(entry.path)) add(entry.path, 'created');
      continue;
    }
    const original = seeded.get(entry.path);
    if (original === undefined) {
      add(entry.path, 'created');
    } else if (entry.kind === 'file' && !(await sameContent(fs, entry.path, original))) {
      add(entry.path, 'changed');
    }
  }
  for (const path of seeded.keys()) if (!present.has(path)) add(path, 'deleted');
  return toMap(map);
}

async function sameContent(fs: IFileSystem, path: string, original: string | Uint8Array): Promise<boolean> {
  try {
    const current = await fs.readFileBuffer(path);
    const expected = typeof original === 'string' ? new TextEncoder().encode(original) : original;
    return current.length === expected.length && current.every((b, i) => b === expected[i]);
  } catch {
    return false;
  }
}

export function mergeBadges(...maps: readonly BadgeMap[]): BadgeMap {
  const merged = new Map<string, Set<Badge>>();
  for (const map of maps) {
    for (const [path, badges] of Object.entries(map)) {
      const set = merged.get(path) ?? new Set<Badge>();
      for (const b of badges) set.add(b);
      merged.set(path, set);
    }
  }
  // The diff is the truth about the end state; events can say "changed" for a file the diff calls new.
  for (const set of merged.values()) if (set.has('created')) set.delete('changed');
  return toMap(merged);
}

function toMap(map: Map<string, Set<Badge>>): BadgeMap {
  const out: BadgeMap = {};
  for (const [path, set] of [...map].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (set.size > 0) out[path] = BADGE_ORDER.filter((b) => set.has(b));
  }
  return out;
}
