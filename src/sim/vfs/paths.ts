// Pure POSIX path helpers (no node:path in the engine).
export function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

export function resolvePath(cwd: string, path: string, home?: string): string {
  if (home !== undefined && (path === '~' || path.startsWith('~/'))) return normalizePath(home + path.slice(1));
  return normalizePath(path.startsWith('/') ? path : `${cwd}/${path}`);
}

/** True when `path` is `root` or lies below it. */
export function isWithin(root: string, path: string): boolean {
  const r = normalizePath(root);
  const p = normalizePath(path);
  return r === '/' || p === r || p.startsWith(`${r}/`);
}

export function dirname(path: string): string {
  const p = normalizePath(path);
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}
