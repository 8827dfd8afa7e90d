// Symbolic links for the WebContainer backend. The WebContainer fs API has no symlink, readlink or
// lstat, and a real link with an absolute target would point outside the world's root anyway. So
// links live in this table and are resolved in the world's own namespace, the way a chroot would
// see them. Resolution follows intermediate links (and the last one unless asked not to), like
// path lookup in a kernel, and gives up with ELOOP after 40 hops as Linux does.
import { fsError } from './fsErrors.ts';
import { dirname, isWithin, joinPath, normalizePath } from './paths.ts';

const MAX_HOPS = 40;

export class VirtualLinks {
  private readonly links = new Map<string, string>();

  get size(): number {
    return this.links.size;
  }

  has(path: string): boolean {
    return this.links.has(normalizePath(path));
  }

  target(path: string): string | undefined {
    return this.links.get(normalizePath(path));
  }

  add(path: string, target: string): void {
    this.links.set(normalizePath(path), target);
  }

  delete(path: string): boolean {
    return this.links.delete(normalizePath(path));
  }

  /** Names of links directly inside `dir`. */
  namesIn(dir: string): string[] {
    const d = normalizePath(dir);
    return [...this.links.keys()].filter((p) => p !== '/' && dirname(p) === d).map((p) => p.slice(p.lastIndexOf('/') + 1));
  }

  /** Forget links at or under `path` (a directory was removed). */
  dropUnder(path: string): void {
    for (const p of [...this.links.keys()]) if (isWithin(path, p)) this.links.delete(p);
  }

  /** Re-home links at or under `from` to `to` (a directory or link was renamed). */
  moveUnder(from: string, to: string): void {
    const f = normalizePath(from);
    const t = normalizePath(to);
    for (const [p, target] of [...this.links]) {
      if (!isWithin(f, p)) continue;
      this.links.delete(p);
      this.links.set(normalizePath(t + p.slice(f.length)), target);
    }
  }

  /** The physical path `path` names, following links in every component (the last one only if `followLast`). */
  resolve(path: string, followLast: boolean, syscall: string): string {
    if (this.links.size === 0) return normalizePath(path);
    let pending = normalizePath(path).split('/').filter(Boolean);
    let resolved = '/';
    let hops = 0;
    while (pending.length > 0) {
      const [head, ...rest] = pending;
      const candidate = joinPath(resolved, head as string);
      const target = this.links.get(candidate);
      const isLast = rest.length === 0;
      if (target === undefined || (isLast && !followLast)) {
        resolved = candidate;
        pending = rest;
        continue;
      }
      if (++hops > MAX_HOPS) throw fsError('ELOOP', syscall, normalizePath(path));
      const base = target.startsWith('/') ? '/' : resolved;
      pending = [...normalizePath(joinPath(base, target)).split('/').filter(Boolean), ...rest];
      resolved = '/';
    }
    return resolved;
  }
}
