// The filesystem half of sandbox-runtime as its Linux (bubblewrap) backend enforces it. Semantics
// from @anthropic-ai/sandbox-runtime 0.0.83, dist/sandbox/linux-sandbox-utils.js
// (generateFilesystemArgs, pushReadDenyDirMounts, resolveSymlinkedDenyPath), dist/sandbox/path-entries.js
// (literalReadings, writeNamesOf) and dist/sandbox/sandbox-manager.js (getFsReadConfig,
// getFsWriteConfig); checked against the real `srt` by test/fidelity. In short:
// - the whole filesystem is mounted read-only; allowWrite roots (existing ones) are bound writable;
//   an allowWrite entry that is a symlink, or reaches its folder through one, is skipped;
// - a read-denied directory gets an empty tmpfs: inside it paths are missing (ENOENT), and writes
//   land in that throwaway tmpfs; a read-denied file gets /dev/null on a nodev mount (EACCES); both
//   land where the entry resolves, so every name of the target is hidden;
// - allowRead entries and allowWrite roots inside a denied directory are bound back at their name;
//   a deeper denyRead inside those is applied again, so the more specific deny wins;
// - denyWrite and the mandatory paths are resolved through symlinks and bound read-only (EROFS)
//   inside write roots, and also where they hold a write root (0.0.83; 0.0.78 skipped those); a
//   missing one gets a placeholder at its first missing component so it cannot be created;
// - an entry with `*?[]` is a pattern, and also the name it spells where its bracketed components
//   exist on disk (`[WIP] draft`); entries marked literal are names only. Write patterns are dropped
//   on Linux; read patterns are expanded against the disk;
// - `filesystem.disabled` drops every rule, the mandatory ones too.
import { allow, deny, LAYER_OS_SANDBOX as L, type Decision } from './decision.ts';
import { compileGlob, hasGlobChars, stripTrailingGlobstar } from './glob.ts';
import { cwdMandatoryDenyPaths, nestedDenyRegion } from './mandatoryDeny.ts';
import { basename, depth, dirname, isAtOrUnder, isStrictlyUnder, join, nameLocation, normalize, realPath, resolvePath, selfAndAncestors, type PathContext } from './paths.ts';

export type PathKind = 'file' | 'dir';
/** What exists on the simulated disk; undefined means missing. Optional: without it every named path is assumed to exist. */
export type WorldProbe = (absPath: string) => PathKind | undefined;

export interface FilesystemSettings {
  denyRead: string[];
  allowRead?: string[];
  allowWrite: string[];
  denyWrite: string[];
  allowGitConfig?: boolean;
  /** No filesystem rule at all (srt 0.0.83 `filesystem.disabled`): reads and writes go to the host as is. */
  disabled?: boolean;
  /**
   * Entries a settings file marks `{ "path": ..., "literal": true }`: names only, never patterns,
   * whatever characters they hold.
   */
  literal?: Partial<Record<'denyRead' | 'allowRead' | 'allowWrite' | 'denyWrite', string[]>>;
}

/** What a symbolic link on the disk holds (as written); undefined for anything that is not a link. */
export type WorldReadlink = (absPath: string) => string | undefined;

export interface FsContext extends PathContext {
  probe?: WorldProbe;
  /** Optional: the disk's symlinks. Without it the world has none. */
  readlink?: WorldReadlink;
  /**
   * What happens to a write deny whose path does not exist yet. The runtime today mounts a placeholder
   * at its first missing component ('placeholder', the default); the runtime bundled with Claude Code
   * before 2.1.2 skipped such paths ('skipped'), which is how a missing .claude/settings.json stayed
   * writable (GHSA-ff64-7w26-62rf).
   */
  missingDenyTargets?: 'placeholder' | 'skipped';
}

interface PathRule {
  /** e.g. `denyRead "~/.aws"`, shown as the deciding rule. */
  label: string;
  /** Absolute, normalized; for globs the compiled pattern is used instead. */
  path: string;
  glob: RegExp | null;
}

export interface CompiledFilesystem {
  /** `filesystem.disabled`: no rule applies. */
  disabled: boolean;
  denyRead: PathRule[];
  /** allowRead entries and write roots: both are bound back over a read-deny tmpfs. */
  reopen: Array<PathRule & { writable: boolean }>;
  writeRoots: PathRule[];
  /** Regions made read-only inside write roots: denyWrite, mandatory paths, placeholders. */
  denyWrite: Array<PathRule & { placeholderLeaf: boolean }>;
  cwd: string;
  allowGitConfig: boolean;
  probe: WorldProbe | undefined;
  readlink: WorldReadlink | undefined;
  /** Entries the runtime would ignore here, said once at compile time. */
  notes: string[];
}

const IMPLICIT_WRITE = ['/dev/stdout', '/dev/stderr', '/dev/null', '/dev/tty', '/tmp/claude'];
const HOME_CONVENIENCE_WRITE = ['.npm/_logs', '.claude/debug'];

type ListKey = 'denyRead' | 'allowRead' | 'allowWrite' | 'denyWrite';

function pathRule(label: string, raw: string, ctx: PathContext, allowGlob: boolean): PathRule {
  const stripped = stripTrailingGlobstar(raw);
  if (allowGlob && hasGlobChars(stripped)) {
    const abs = resolvePath(stripped, ctx);
    return { label, path: abs, glob: compileGlob(abs, false, 'srt') };
  }
  return { label, path: resolvePath(stripped, ctx), glob: null };
}

/** Where a rule lands at or above `p` (the deepest matching ancestor for a glob), or null. */
function landing(rule: PathRule, p: string, probe: WorldProbe | undefined): string | null {
  if (rule.glob === null) return isAtOrUnder(p, rule.path) ? rule.path : null;
  for (const a of selfAndAncestors(p)) {
    // Linux expands read globs against the disk, so only existing matches count.
    if (rule.glob.test(a) && (probe === undefined || probe(a) !== undefined)) return a;
  }
  return null;
}

function exists(probe: WorldProbe | undefined, p: string): boolean {
  return probe === undefined || probe(p) !== undefined;
}

/**
 * Whether a pattern spelling is also the name of a path on disk (0.0.83 literalReadings): every
 * component up to the last one holding glob characters exists as spelled. For a deny a symlink
 * there counts; for an allow none of those components from the first bracketed one on may be a
 * link. Without a disk view nothing is known to exist under such a name.
 */
function isAlsoAName(abs: string, kind: 'allow' | 'deny', ctx: FsContext): boolean {
  if (ctx.probe === undefined) return false;
  const parts = abs.split('/');
  const globAt = parts.flatMap((part, i) => (hasGlobChars(part) ? [i] : []));
  const first = globAt[0];
  const last = globAt[globAt.length - 1];
  if (first === undefined || last === undefined) return false;
  for (let i = first; i < parts.length; i += 1) {
    const prefix = parts.slice(0, i + 1).join('/');
    const isLink = ctx.readlink?.(prefix) !== undefined;
    if (i <= last && ctx.probe(prefix) === undefined && !(kind === 'deny' && isLink)) return false;
    if (kind === 'allow' && isLink) return false;
  }
  return true;
}

/**
 * The rules one settings list gives: a plain entry is a name, a pattern entry is the pattern (read
 * lists only: bubblewrap takes no patterns for writes) plus the name it spells when that exists, and
 * an entry marked literal is a name whatever it holds.
 */
function entryRules(s: FilesystemSettings, key: ListKey, ctx: FsContext, notes: string[]): PathRule[] {
  const kind = key === 'denyRead' || key === 'denyWrite' ? 'deny' : 'allow';
  const patterns = key === 'denyRead' || key === 'allowRead';
  const out: PathRule[] = [];
  for (const raw of s[key] ?? []) {
    const stripped = stripTrailingGlobstar(raw);
    if (!hasGlobChars(stripped)) {
      out.push(pathRule(`${key} "${raw}"`, raw, ctx, false));
      continue;
    }
    if (patterns) out.push(pathRule(`${key} "${raw}"`, raw, ctx, true));
    const abs = resolvePath(stripped, ctx);
    if (isAlsoAName(abs, kind, ctx)) out.push({ label: `${key} "${raw}" (as the name ${abs})`, path: abs, glob: null });
    else if (!patterns) notes.push(`${key} "${raw}" is a glob and names nothing on disk; bubblewrap needs real paths, so the Linux sandbox ignores it`);
  }
  for (const raw of s.literal?.[key] ?? []) {
    out.push({ label: `${key} literal "${raw}"`, path: resolvePath(raw, ctx), glob: null });
  }
  return out;
}

export function compileFilesystem(s: FilesystemSettings, ctx: FsContext): CompiledFilesystem {
  const { probe, readlink } = ctx;
  const notes: string[] = [];
  const allowGitConfig = s.allowGitConfig === true;
  if (s.disabled === true) {
    notes.push('filesystem.disabled: no filesystem rule applies, the mandatory protections included');
    return { disabled: true, denyRead: [], reopen: [], writeRoots: [], denyWrite: [], cwd: ctx.cwd, allowGitConfig, probe, readlink, notes };
  }
  /** Where a path really is: every symlink on the way followed (a loop keeps the spelling). */
  const real = (p: string) => realPath(p, readlink) ?? p;

  // Read denies land where the entry resolves, so every name of the target is hidden.
  const denyRead = entryRules(s, 'denyRead', ctx, notes)
    .filter((r) => r.glob !== null || exists(probe, r.path))
    .map((r) => (r.glob === null ? { ...r, path: real(r.path) } : r));
  // allowRead entries are bound back at their name; one whose target lies outside the denied
  // directory holding that name re-opens nothing.
  const allowRead = entryRules(s, 'allowRead', ctx, notes)
    .filter((r) => r.glob !== null || exists(probe, r.path))
    .flatMap((r) => {
      if (r.glob !== null) return [r];
      const name = nameLocation(r.path, readlink);
      const source = real(r.path);
      const holder = denyRead.find((d) => d.glob === null && isStrictlyUnder(name, d.path));
      if (source !== name && holder !== undefined && !isAtOrUnder(source, holder.path)) return [];
      return [{ ...r, path: name }];
    });

  const homeConvenience = HOME_CONVENIENCE_WRITE.map((rel) => normalize(`${ctx.home}/${rel}`)).filter((p) => {
    const covering = denyRead.filter((r) => landing(r, p, undefined) !== null);
    return covering.length === 0 || allowRead.some((a) => a.glob === null && isAtOrUnder(p, a.path));
  });
  const writeRoots = [
    ...IMPLICIT_WRITE.map((p) => ({ label: `implicit write path ${p}`, path: p, glob: null })),
    ...homeConvenience.map((p) => ({ label: `implicit write path ${p}`, path: p, glob: null })),
    ...entryRules(s, 'allowWrite', ctx, notes),
  ].filter((r) => {
    if (r.path.startsWith('/dev/')) return true;
    if (!exists(probe, r.path)) return false;
    // bwrap would follow the link and open its target, which the entry did not name: skipped.
    if (real(r.path) !== r.path) {
      notes.push(`${r.label} goes through a symlink (to ${real(r.path)}); the sandbox skips it, so nothing there is writable`);
      return false;
    }
    return true;
  });

  const gitAt = normalize(`${ctx.cwd}/.git`);
  const git = probe === undefined ? 'dir' : probe(gitAt);
  const mandatory = cwdMandatoryDenyPaths({ cwd: ctx.cwd, git, allowGitConfig })
    .map((p) => ({ label: `mandatory deny ${p}`, path: p, glob: null }));
  const inWriteRoot = (p: string) => writeRoots.some((r) => isAtOrUnder(p, r.path));
  const holdsWriteRoot = (p: string) => writeRoots.some((r) => isStrictlyUnder(r.path, p));
  // Deny paths are resolved through symlinks first: the read-only bind lands on the target.
  const denyRules = [...entryRules(s, 'denyWrite', ctx, notes), ...mandatory].map((r) => ({ ...r, path: real(r.path) }));
  const isDir = (p: string) => probe === undefined || probe(p) === 'dir';
  // Existing deny folders bound read-only; a missing deny path beneath one is read-only already.
  const readOnlyDirs = denyRules.filter((r) => isDir(r.path) && exists(probe, r.path) && (inWriteRoot(r.path) || holdsWriteRoot(r.path))
    && !denyRead.some((d) => d.glob === null && isAtOrUnder(r.path, d.path)));
  const denyWrite: CompiledFilesystem['denyWrite'] = [];
  const seen = new Set<string>();
  const add = (rule: PathRule, placeholderLeaf: boolean) => {
    if (seen.has(rule.path)) return;
    seen.add(rule.path);
    denyWrite.push({ ...rule, placeholderLeaf });
  };
  for (const rule of denyRules) {
    if (probe === undefined || probe(rule.path) !== undefined) {
      // Outside every write root, and holding none, the path is read-only already: skipped. A deny
      // that holds a write root is bound over it, so the root is read-only (0.0.83).
      if (inWriteRoot(rule.path) || holdsWriteRoot(rule.path)) add(rule, false);
      continue;
    }
    if (ctx.missingDenyTargets === 'skipped') continue;
    if (!inWriteRoot(rule.path) || readOnlyDirs.some((d) => isStrictlyUnder(rule.path, d.path))) continue;
    const chain = [...selfAndAncestors(rule.path)].reverse();
    // A file on the way (a worktree's .git) is kept there: nothing can be created beneath it.
    const fileOnWay = chain.find((a) => a !== rule.path && probe(a) === 'file');
    if (fileOnWay !== undefined) {
      if (inWriteRoot(dirname(fileOnWay))) add({ label: rule.label, path: fileOnWay, glob: null }, false);
      continue;
    }
    // A missing deny target gets a read-only placeholder at its first missing component, so neither
    // it nor anything on the way to it can be created: an empty folder where another deny lies
    // beneath it, a masked file otherwise.
    const firstMissing = chain.find((a) => probe(a) === undefined) ?? rule.path;
    if (probe(dirname(firstMissing)) !== 'dir') continue;
    const holdsDeny = denyRules.some((r) => isStrictlyUnder(r.path, firstMissing));
    add({ label: rule.label, path: firstMissing, glob: null }, firstMissing === rule.path && !holdsDeny);
  }

  const reopen = [
    ...allowRead.map((r) => ({ ...r, writable: false })),
    ...writeRoots.map((r) => ({ ...r, writable: true })),
  ];
  return { disabled: false, denyRead, reopen, writeRoots, denyWrite, cwd: ctx.cwd, allowGitConfig, probe, readlink, notes };
}

/**
 * Where an access to `p` goes inside the sandbox: symlinks followed as the kernel follows them,
 * except a link whose name the sandbox has mounted over (an allowRead bound back inside a denied
 * folder) or that lies hidden inside a read-deny tmpfs.
 */
export function accessPath(c: CompiledFilesystem, p: string): string {
  if (c.readlink === undefined) return p;
  const mounted = (name: string) => c.reopen.some((r) => !r.writable && r.glob === null && r.path === name
    && c.denyRead.some((d) => d.glob === null && isStrictlyUnder(name, d.path)));
  const hidden = (name: string) => { const h = readState(c, name).hiddenBy; return h !== null && h.landing !== name; };
  return realPath(p, c.readlink, (name) => mounted(name) || hidden(name)) ?? p;
}

interface ReadState {
  /** The deny landing hiding the path, if any, and the rule that put it there. */
  hiddenBy: { landing: string; rule: PathRule } | null;
}

/** Replays the mount order for the chain of mounts above `p`: shallow denies first, restores inside them. */
function readState(c: CompiledFilesystem, p: string): ReadState {
  const landings: Array<{ landing: string; rule: PathRule }> = [];
  for (const rule of c.denyRead) {
    const at = landing(rule, p, c.probe);
    if (at !== null) landings.push({ landing: at, rule });
  }
  landings.sort((a, b) => depth(a.landing) - depth(b.landing));
  const reopenedWithin = (target: string, deniedAt: string) => c.reopen.some((r) => {
    const at = landing(r, target, c.probe);
    return at !== null && isAtOrUnder(at, deniedAt);
  });
  let hiddenBy: ReadState['hiddenBy'] = null;
  for (const l of landings) {
    if (hiddenBy !== null && isAtOrUnder(l.landing, hiddenBy.landing) && !reopenedWithin(l.landing, hiddenBy.landing)) {
      continue; // already inside an empty tmpfs: nothing there to mount on
    }
    hiddenBy = l;
  }
  if (hiddenBy !== null && reopenedWithin(p, hiddenBy.landing)) {
    const isFileMask = hiddenBy.landing === p && c.probe?.(p) === 'file';
    const liftedExactly = c.reopen.some((r) => !r.writable && landing(r, p, c.probe) === p);
    if (!isFileMask || liftedExactly) hiddenBy = null;
  }
  return { hiddenBy };
}

function kindOf(c: CompiledFilesystem, p: string, asked: PathKind | undefined): PathKind {
  return c.probe?.(p) ?? asked ?? 'file';
}

const DISABLED_RULE = 'filesystem.disabled';

export function fsRead(c: CompiledFilesystem, p: string, kind?: PathKind): Decision {
  if (c.disabled) return allow(L, DISABLED_RULE, 'filesystem.disabled is set: the sandbox applies no filesystem rule, so the read goes to the host as is');
  return readAt(c, accessPath(c, p), kind);
}

export function fsWrite(c: CompiledFilesystem, p: string): Decision {
  if (c.disabled) return allow(L, DISABLED_RULE, 'filesystem.disabled is set: the sandbox applies no filesystem rule (not even the mandatory ones), so the write goes to the host as is');
  return writeAt(c, accessPath(c, p));
}

/**
 * Whether the name `p` itself (a symlink not followed, as lstat sees it) is there inside the sandbox,
 * given that it is on the disk: false where a read-deny tmpfs hides it.
 */
export function fsNameShows(c: CompiledFilesystem, p: string): boolean {
  if (c.disabled) return true;
  return readAt(c, join(accessPath(c, dirname(p)), basename(p))).failure !== 'ENOENT';
}

function readAt(c: CompiledFilesystem, p: string, kind?: PathKind): Decision {
  const { hiddenBy } = readState(c, p);
  if (hiddenBy !== null) {
    if (hiddenBy.landing !== p && existsInTmpfs(c, p, hiddenBy.landing)) {
      return allow(L, hiddenBy.rule.label, `${hiddenBy.landing} is read-denied; ${p} exists inside it only as a folder holding paths bound back in, and only those show`);
    }
    if (hiddenBy.landing !== p) {
      return deny(L, hiddenBy.rule.label, `${hiddenBy.landing} is read-denied: the sandbox mounts an empty directory over it, so ${p} does not exist inside`, 'ENOENT');
    }
    if (kindOf(c, p, kind) === 'file') {
      return deny(L, hiddenBy.rule.label, `${p} is read-denied: the sandbox masks the file, so opening it fails with permission denied`, 'EACCES');
    }
    return allow(L, hiddenBy.rule.label, `${p} is read-denied: it is replaced by an empty directory, so it lists as empty`);
  }
  const placeholder = c.denyWrite.find((d) => d.placeholderLeaf && isAtOrUnder(p, d.path));
  if (placeholder !== undefined) {
    return placeholder.path === p
      ? deny(L, placeholder.label, `${p} did not exist, so the sandbox put a masked placeholder there to stop its creation; reading it fails`, 'EACCES')
      : deny(L, placeholder.label, `${placeholder.path} did not exist, so the sandbox put a placeholder file there; nothing lies beneath it`, 'ENOTDIR');
  }
  const nested = nestedRegion(c, p);
  if (nested !== null && nested.missing) {
    return nested.region === p
      ? deny(L, `mandatory deny ${nested.region}`, `${p} is the hooks folder of a nested repository; it did not exist, so the sandbox put a masked placeholder there; reading it fails`, 'EACCES')
      : deny(L, `mandatory deny ${nested.region}`, `${nested.region} is the hooks folder of a nested repository; it did not exist, so the sandbox put a placeholder file there; nothing lies beneath it`, 'ENOTDIR');
  }
  return allow(L, null, 'reads are allowed by default and no denyRead covers this path');
}

function writeAt(c: CompiledFilesystem, p: string): Decision {
  const { hiddenBy } = readState(c, p);
  if (hiddenBy !== null) {
    if (hiddenBy.landing === p && kindOf(c, p, undefined) === 'file') {
      return deny(L, hiddenBy.rule.label, `${p} is a read-denied file masked by the sandbox; opening it for writing fails with permission denied`, 'EACCES');
    }
    if (hiddenBy.landing !== p && !existsInTmpfs(c, dirname(p), hiddenBy.landing)) {
      return deny(L, hiddenBy.rule.label, `${hiddenBy.landing} is read-denied and replaced by an empty directory, so ${dirname(p)} does not exist inside the sandbox`, 'ENOENT');
    }
    return { ...allow(L, hiddenBy.rule.label, `${p} is inside a read-denied directory; the write lands in the empty tmpfs that hides it and is discarded when the command exits`), discarded: true };
  }
  const root = c.writeRoots.find((r) => isAtOrUnder(p, r.path));
  if (root === undefined) {
    return deny(L, null, `writes are denied by default and ${p} is under no allowWrite path: the filesystem is mounted read-only there`, 'EROFS');
  }
  const buriedBy = readOnlyRestoreAbove(c, root.path);
  if (buriedBy !== null) {
    return deny(L, buriedBy, `${root.path} is writable, but it lies inside a read-denied directory and the read-only ${buriedBy} is bound back on top of it`, 'EROFS');
  }
  const blocked = c.denyWrite.find((d) => isAtOrUnder(p, d.path));
  if (blocked !== undefined && blocked.placeholderLeaf) {
    return blocked.path === p
      ? deny(L, blocked.label, `${p} did not exist, so the sandbox mounted a masked placeholder file there; opening it for writing fails with permission denied`, 'EACCES')
      : deny(L, blocked.label, `${blocked.path} did not exist, so the sandbox mounted a placeholder file there; nothing can be created beneath it`, 'ENOTDIR');
  }
  if (blocked !== undefined) {
    return deny(L, blocked.label, `${blocked.path} is write-protected inside ${root.path} (denyWrite wins over allowWrite)`, 'EROFS');
  }
  const nested = nestedRegion(c, p);
  if (nested !== null && nested.missing) {
    return nested.region === p
      ? deny(L, `mandatory deny ${nested.region}`, `${nested.region} is the hooks folder of a nested repository (found by its HEAD); it did not exist, so the sandbox mounted a masked placeholder there and opening it for writing fails`, 'EACCES')
      : deny(L, `mandatory deny ${nested.region}`, `${nested.region} is the hooks folder of a nested repository (found by its HEAD); it did not exist, so the sandbox mounted a placeholder file there and nothing can be created beneath it`, 'ENOTDIR');
  }
  if (nested !== null) {
    return deny(L, `mandatory deny ${nested.region}`, `${nested.region} is a protected path the sandbox found under the working directory; it is mounted read-only`, 'EROFS');
  }
  return allow(L, root.label, `${p} is inside the writable path ${root.path}`);
}

/**
 * Inside a read-deny tmpfs the runtime binds write roots back first and allowRead entries after,
 * so an allowRead at or above a write root (and not itself inside a write root) covers it read-only.
 */
function readOnlyRestoreAbove(c: CompiledFilesystem, rootPath: string): string | null {
  for (const deniedRule of c.denyRead) {
    const at = landing(deniedRule, rootPath, c.probe);
    if (at === null || at === rootPath) continue;
    const over = c.reopen.find((r) => !r.writable && r.glob === null && isAtOrUnder(r.path, at) && isStrictlyUnder(rootPath, r.path)
      && !c.writeRoots.some((w) => isAtOrUnder(r.path, w.path)));
    if (over !== undefined) return over.label;
  }
  return null;
}

/**
 * Inside an empty tmpfs only the tmpfs root and the folders bwrap creates to hold the mounts it binds
 * back exist. A glob's matches are not enumerated here, so its literal base folder stands in for them.
 */
function existsInTmpfs(c: CompiledFilesystem, dir: string, tmpfsRoot: string): boolean {
  if (dir === tmpfsRoot) return true;
  if (!isStrictlyUnder(dir, tmpfsRoot)) return false;
  return c.reopen.some((r) => {
    const mountAt = r.glob === null ? r.path : globBase(r.path);
    return isStrictlyUnder(mountAt, tmpfsRoot) && isAtOrUnder(mountAt, dir) && (r.glob === null || exists(c.probe, mountAt));
  });
}

function globBase(pattern: string): string {
  const staticPart = pattern.split(/[*?[\]]/)[0] ?? '';
  return staticPart.endsWith('/') ? normalize(staticPart) : dirname(staticPart);
}

/** The protected region the nested scan gives `p`, if it applies on this disk; `missing` for a placeholder. */
function nestedRegion(c: CompiledFilesystem, p: string): { region: string; missing: boolean } | null {
  if (!isStrictlyUnder(p, c.cwd)) return null;
  const found = nestedDenyRegion(p.slice(c.cwd.length + 1), c.allowGitConfig);
  if (found === null) return null;
  const region = normalize(`${c.cwd}/${found.region}`);
  const there = c.probe === undefined ? (found.isDir ? 'dir' : 'file') : c.probe(region);
  if (there === (found.isDir ? 'dir' : 'file')) return { region, missing: false };
  // A repository's HEAD protects its hooks folder before there is one.
  const head = found.head === undefined ? undefined : normalize(`${c.cwd}/${found.head}`);
  if (there !== undefined || head === undefined || c.probe?.(head) !== 'file' || c.probe(dirname(region)) !== 'dir') return null;
  // The placeholder is made only where the command could create the folder: inside a write root
  // and under no folder a deny binds read-only.
  if (!c.writeRoots.some((r) => isAtOrUnder(region, r.path)) || c.denyWrite.some((d) => !d.placeholderLeaf && isStrictlyUnder(region, d.path))) return null;
  return { region, missing: true };
}

/** Paths the sandbox mounted something onto: unlinking them fails with EBUSY. */
function isMountPoint(c: CompiledFilesystem, p: string): boolean {
  const inRoot = c.writeRoots.some((r) => isAtOrUnder(p, r.path));
  if (inRoot && c.denyWrite.some((d) => d.path === p)) return true;
  if (inRoot && nestedRegion(c, p)?.region === p) return true;
  if (c.denyRead.some((r) => landing(r, p, c.probe) === p) || c.writeRoots.some((r) => r.path === p)) return true;
  // A path bound back into a read-deny tmpfs is a mount point too.
  return c.reopen.some((r) => landing(r, p, c.probe) === p)
    && c.denyRead.some((r) => { const at = landing(r, p, c.probe); return at !== null && at !== p; });
}

export function fsDelete(c: CompiledFilesystem, p: string): Decision {
  if (c.disabled) return allow(L, DISABLED_RULE, 'filesystem.disabled is set: the sandbox applies no filesystem rule, so the removal goes to the host as is');
  // unlink removes the name: its folders are followed through symlinks, the last component is not.
  const name = join(accessPath(c, dirname(p)), basename(p));
  const seen = readAt(c, name);
  if (seen.failure === 'ENOENT' || seen.failure === 'ENOTDIR') return { ...seen, reason: `cannot remove ${name}: ${seen.reason}` };
  const parent = writeAt(c, dirname(name));
  if (parent.decision !== 'allow') {
    return { ...parent, reason: `cannot remove ${name}: ${parent.reason}` };
  }
  if (isMountPoint(c, name)) {
    return deny(L, parent.rule, `${name} is a mount point the sandbox placed; removing it fails with "device or resource busy"`, 'EBUSY');
  }
  if (c.readlink?.(name) !== undefined) return { ...parent, reason: `${name} is a symlink; removing it removes the link only: ${parent.reason}` };
  const self = writeAt(c, name);
  return self.decision === 'allow' || self.failure === 'EACCES' ? { ...parent, reason: `${name} can be removed: ${parent.reason}` } : self;
}
