// Pure POSIX path helpers. The engine runs in the browser too, so node:path is not available; these
// follow POSIX lexical rules (no symlink resolution: the simulated world has none unless it says so).

export interface PathContext {
  cwd: string;
  home: string;
}

export function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

/** Lexically normalize: collapse `//`, drop `.`, fold `..`, strip a trailing slash. */
export function normalize(p: string): string {
  const absolute = isAbsolute(p);
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(seg);
  }
  const body = out.join('/');
  if (absolute) return '/' + body;
  return body === '' ? '.' : body;
}

export function join(...parts: string[]): string {
  return normalize(parts.filter((s) => s !== '').join('/'));
}

export function dirname(p: string): string {
  const n = normalize(p);
  if (n === '/') return '/';
  const i = n.lastIndexOf('/');
  if (i === -1) return '.';
  return i === 0 ? '/' : n.slice(0, i);
}

export function basename(p: string): string {
  const n = normalize(p);
  if (n === '/') return '';
  return n.slice(n.lastIndexOf('/') + 1);
}

/** Expand a leading `~` (bare or `~/`) against ctx.home; `~user` forms are left alone, as the shell would. */
export function expandTilde(p: string, home: string): string {
  if (p === '~') return home;
  if (p.startsWith('~/')) return home + p.slice(1);
  return p;
}

/** `~/x` against home, `/x` as is, anything else against cwd; always normalized and absolute. */
export function resolvePath(p: string, ctx: PathContext): string {
  const expanded = expandTilde(p, ctx.home);
  return normalize(isAbsolute(expanded) ? expanded : ctx.cwd + '/' + expanded);
}

/** `p` is `dir` or lies beneath it, by whole segments ('/xy' is not under '/x'). */
export function isAtOrUnder(p: string, dir: string): boolean {
  return p === dir || p.startsWith(dir === '/' ? '/' : dir + '/');
}

export function isStrictlyUnder(p: string, dir: string): boolean {
  return p !== dir && isAtOrUnder(p, dir);
}

/** Number of segments: '/' is 0, '/a' is 1, '/a/b' is 2. */
export function depth(p: string): number {
  return p === '/' ? 0 : p.split('/').length - 1;
}

/** `p` itself and every ancestor up to '/', deepest first. `p` must be normalized and absolute. */
export function selfAndAncestors(p: string): string[] {
  const out = [p];
  for (let slash = p.lastIndexOf('/'); slash > 0; slash = p.lastIndexOf('/', slash - 1)) out.push(p.slice(0, slash));
  if (p !== '/') out.push('/');
  return out;
}

/** What a symbolic link holds, as written; undefined for anything that is not a link. */
export type Readlink = (absPath: string) => string | undefined;

/** Symlinks followed on one walk before the kernel gives up with ELOOP. */
const MAX_LINK_HOPS = 40;

/**
 * `p` with every symlink on the way followed, as the kernel follows them: each link's text is put in
 * place of its name and the walk goes on from there; a `..` after a link goes up from where the link
 * led. Components that are missing are kept as spelled. `stopAt` names a link that is not followed
 * (the sandbox has mounted something at that name). Null on a loop. `p` must be absolute.
 */
export function realPath(p: string, readlink: Readlink | undefined, stopAt?: (name: string) => boolean): string | null {
  if (readlink === undefined) return normalize(p);
  const todo = p.split('/').filter((s) => s !== '' && s !== '.').reverse();
  let at = '/';
  let hops = 0;
  while (todo.length > 0) {
    const seg = todo.pop() as string;
    if (seg === '..') {
      at = dirname(at);
      continue;
    }
    const next = at === '/' ? `/${seg}` : `${at}/${seg}`;
    const text = readlink(next);
    if (text === undefined || stopAt?.(next) === true) {
      at = next;
      continue;
    }
    hops += 1;
    if (hops > MAX_LINK_HOPS) return null;
    todo.push(...text.split('/').filter((s) => s !== '' && s !== '.').reverse());
    if (text.startsWith('/')) at = '/';
  }
  return at;
}

/** Where the name `p` lives: its folders resolved through symlinks, its last component as written. */
export function nameLocation(p: string, readlink: Readlink | undefined): string {
  const n = normalize(p);
  if (n === '/' || readlink === undefined) return n;
  const parent = realPath(dirname(n), readlink) ?? dirname(n);
  return join(parent, basename(n));
}
