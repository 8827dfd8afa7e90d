// Path arithmetic for the virtual worlds. Every backend speaks absolute POSIX paths rooted at the
// world's own "/", so `..` can never climb out of a world: normalization clamps at the root.

// The arithmetic itself is the engine's (src/sim/vfs/paths.ts); this module adds what only the
// backends need. isWithin takes the folder first: isWithin(ancestor, path).
import { dirname, isWithin, normalizePath } from '../sim/vfs/paths.ts';

export { dirname, isWithin, normalizePath };

export function resolvePath(base: string, path: string): string {
  return normalizePath(path.startsWith('/') ? path : `${base}/${path}`);
}

export function joinPath(dir: string, name: string): string {
  return normalizePath(`${dir}/${name}`);
}

export function basename(path: string): string {
  const normal = normalizePath(path);
  return normal.slice(normal.lastIndexOf('/') + 1);
}
