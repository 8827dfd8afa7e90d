// /dev/null, which shell scripts redirect to all the time (`cmd > /dev/null 2>&1`). A world is
// only its own files, so no backend has a /dev; without this the redirect would fail with ENOENT
// where a real machine silently discards. Writes vanish, reads are empty, and it never appears in
// a listing, so it does not clutter the file tree or count as something the agent created.
import type { FsStat } from './fsTypes.ts';
import { normalizePath } from './paths.ts';

export const NULL_DEVICE = '/dev/null';

export function isNullDevice(path: string): boolean {
  return normalizePath(path) === NULL_DEVICE;
}

export function nullDeviceStat(): FsStat {
  return { isFile: true, isDirectory: false, isSymbolicLink: false, mode: 0o666, size: 0, mtime: new Date(0) };
}
