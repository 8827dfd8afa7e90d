// The filesystem half of sandbox-runtime as its Linux (bubblewrap) backend enforces it. Semantics
// from @anthropic-ai/sandbox-runtime 0.0.78, dist/sandbox/linux-sandbox-utils.js
// (generateFilesystemArgs, pushReadDenyDirMounts) and dist/sandbox/sandbox-manager.js
// (getFsReadConfig, getFsWriteConfig); checked against the real `srt` by test/fidelity. In short:
// - the whole filesystem is mounted read-only; allowWrite roots (existing ones) are bound writable;
// - a read-denied directory gets an empty tmpfs: inside it paths are missing (ENOENT), and writes
//   land in that throwaway tmpfs; a read-denied file gets /dev/null on a nodev mount (EACCES);
// - allowRead entries and allowWrite roots inside a denied directory are bound back; a deeper
//   denyRead inside those is applied again, so the more specific deny wins;
// - denyWrite and the mandatory paths are bound read-only inside write roots (EROFS), and a missing
//   one gets a placeholder at its first missing component so it cannot be created;
// - globs in allowWrite/denyWrite are dropped on Linux; read globs are expanded against the disk.
import { allow, deny, LAYER_OS_SANDBOX as L, type Decision } from './decision.ts';
import { compileGlob, hasGlobChars, stripTrailingGlobstar } from './glob.ts';
import { cwdMandatoryDenyPaths, nestedDenyRegion } from './mandatoryDeny.ts';
import { depth, dirname, isAtOrUnder, isStrictlyUnder, normalize, resolvePath, selfAndAncestors, type PathContext } from './paths.ts';

export type PathKind = 'file' | 'dir';
/** What exists on the simulated disk; undefined means missing. Optional: without it every named path is assumed to exist. */
export type WorldProbe = (absPath: string) => PathKind | undefined;

export interface FilesystemSettings {
  denyRead: string[];
  allowRead?: string[];
  allowWrite: string[];
  denyWrite: string[];
  allowGitConfig?: boolean;
}

export interface FsContext extends PathContext {
  probe?: WorldProbe;
}

interface PathRule {
  /** e.g. `denyRead "~/.aws"`, shown as the deciding rule. */
  label: string;
  /** Absolute, normalized; for globs the compiled pattern is used instead. */
  path: string;
  glob: RegExp | null;
}

export interface CompiledFilesystem {
  denyRead: PathRule[];
  /** allowRead entries and write roots: both are bound back over a read-deny tmpfs. */
  reopen: Array<PathRule & { writable: boolean }>;
  writeRoots: PathRule[];
  /** Regions made read-only inside write roots: denyWrite, mandatory paths, placeholders. */
  denyWrite: Array<PathRule & { placeholderLeaf: boolean }>;
  cwd: string;
  allowGitConfig: boolean;
  probe: WorldProbe | undefined;
  /** Entries the runtime would ignore here, said once at compile time. */
  notes: string[];
}

const IMPLICIT_WRITE = ['/dev/stdout', '/dev/stderr', '/dev/null', '/dev/tty', '/tmp/claude'];
const HOME_CONVENIENCE_WRITE = ['.npm/_logs', '.claude/debug'];

function pathRule(label: string, raw: string, ctx: PathContext, allowGlob: boolean): PathRule {
  const stripped = stripTrailingGlobstar(raw);
  if (allowGlob && hasGlobChars(stripped)) {
    const abs = resolvePath(stripped, ctx);
    return { label, path: abs, glob: compileGlob(abs, false) };
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

export function compileFilesystem(s: FilesystemSettings, ctx: FsContext): CompiledFilesystem {
  const { probe } = ctx;
  const notes: string[] = [];
  const literalWrite = (list: string[], key: string) => list.flatMap((raw) => {
    const stripped = stripTrailingGlobstar(raw);
    if (hasGlobChars(stripped)) {
      notes.push(`${key} "${raw}" is a glob; bubblewrap needs real paths, so the Linux sandbox ignores it`);
      return [];
    }
    return [pathRule(`${key} "${raw}"`, raw, ctx, false)];
  });

  const denyRead = s.denyRead.map((raw) => pathRule(`denyRead "${raw}"`, raw, ctx, true))
    .filter((r) => r.glob !== null || exists(probe, r.path));
  const allowRead = (s.allowRead ?? []).map((raw) => pathRule(`allowRead "${raw}"`, raw, ctx, true))
    .filter((r) => r.glob !== null || exists(probe, r.path));

  const homeConvenience = HOME_CONVENIENCE_WRITE.map((rel) => normalize(`${ctx.home}/${rel}`)).filter((p) => {
    const covering = denyRead.filter((r) => landing(r, p, undefined) !== null);
    return covering.length === 0 || allowRead.some((a) => a.glob === null && isAtOrUnder(p, a.path));
  });
  const writeRoots = [
    ...IMPLICIT_WRITE.map((p) => ({ label: `implicit write path ${p}`, path: p, glob: null })),
    ...homeConvenience.map((p) => ({ label: `implicit write path ${p}`, path: p, glob: null })),
    ...literalWrite(s.allowWrite, 'allowWrite'),
  ].filter((r) => r.path.startsWith('/dev/') || exists(probe, r.path));

  const allowGitConfig = s.allowGitConfig === true;
  const gitIsDirectory = probe === undefined || probe(normalize(`${ctx.cwd}/.git`)) === 'dir';
  const mandatory = cwdMandatoryDenyPaths({ cwd: ctx.cwd, gitIsDirectory, allowGitConfig })
    .map((p) => ({ label: `mandatory deny ${p}`, path: p, glob: null }));
  const inWriteRoot = (p: string) => writeRoots.some((r) => isAtOrUnder(p, r.path));
  const denyWrite: CompiledFilesystem['denyWrite'] = [];
  for (const rule of [...literalWrite(s.denyWrite, 'denyWrite'), ...mandatory]) {
    if (probe === undefined || probe(rule.path) !== undefined) {
      // Outside every write root the path is read-only already, so the runtime skips it; a deny
      // above a write root therefore does not cover that root.
      if (inWriteRoot(rule.path)) denyWrite.push({ ...rule, placeholderLeaf: false });
      continue;
    }
    // A missing deny target inside a write root gets a read-only placeholder at its first missing
    // component, so neither it nor anything on the way to it can be created.
    const chain = selfAndAncestors(rule.path);
    const firstMissing = [...chain].reverse().find((a) => probe(a) === undefined) ?? rule.path;
    const parentKind = probe(dirname(firstMissing));
    if (parentKind !== 'dir') continue;
    if (!inWriteRoot(dirname(firstMissing)) && !inWriteRoot(rule.path)) continue;
    denyWrite.push({ label: rule.label, path: firstMissing, glob: null, placeholderLeaf: firstMissing === rule.path });
  }

  const reopen = [
    ...allowRead.map((r) => ({ ...r, writable: false })),
    ...writeRoots.map((r) => ({ ...r, writable: true })),
  ];
  return { denyRead, reopen, writeRoots, denyWrite, cwd: ctx.cwd, allowGitConfig, probe, notes };
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

export function fsRead(c: CompiledFilesystem, p: string, kind?: PathKind): Decision {
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
  const placeholder = c.denyWrite.find((d) => d.placeholderLeaf && d.path === p);
  if (placeholder !== undefined) {
    return deny(L, placeholder.label, `${p} did not exist, so the sandbox put a masked placeholder there to stop its creation; reading it fails`, 'EACCES');
  }
  return allow(L, null, 'reads are allowed by default and no denyRead covers this path');
}

export function fsWrite(c: CompiledFilesystem, p: string): Decision {
  const { hiddenBy } = readState(c, p);
  if (hiddenBy !== null) {
    if (hiddenBy.landing === p && kindOf(c, p, undefined) === 'file') {
      return deny(L, hiddenBy.rule.label, `${p} is a read-denied file masked by the sandbox; opening it for writing fails with permission denied`, 'EACCES');
    }
    if (hiddenBy.landing !== p && !existsInTmpfs(c, dirname(p), hiddenBy.landing)) {
      return deny(L, hiddenBy.rule.label, `${hiddenBy.landing} is read-denied and replaced by an empty directory, so ${dirname(p)} does not exist inside the sandbox`, 'ENOENT');
    }
    return allow(L, hiddenBy.rule.label, `${p} is inside a read-denied directory; the write lands in the empty tmpfs that hides it and is discarded when the command exits`);
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
  if (nested !== null) {
    return deny(L, `mandatory deny ${nested}`, `${nested} is a protected path the sandbox found under the working directory; it is mounted read-only`, 'EROFS');
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

function nestedRegion(c: CompiledFilesystem, p: string): string | null {
  if (!isStrictlyUnder(p, c.cwd)) return null;
  const found = nestedDenyRegion(p.slice(c.cwd.length + 1), c.allowGitConfig);
  if (found === null) return null;
  const region = normalize(`${c.cwd}/${found.region}`);
  const there = c.probe === undefined ? (found.isDir ? 'dir' : 'file') : c.probe(region);
  return there === (found.isDir ? 'dir' : 'file') ? region : null;
}

/** Paths the sandbox mounted something onto: unlinking them fails with EBUSY. */
function isMountPoint(c: CompiledFilesystem, p: string): boolean {
  const inRoot = c.writeRoots.some((r) => isAtOrUnder(p, r.path));
  if (inRoot && c.denyWrite.some((d) => d.path === p)) return true;
  if (inRoot && nestedRegion(c, p) === p) return true;
  if (c.denyRead.some((r) => landing(r, p, c.probe) === p) || c.writeRoots.some((r) => r.path === p)) return true;
  // A path bound back into a read-deny tmpfs is a mount point too.
  return c.reopen.some((r) => landing(r, p, c.probe) === p)
    && c.denyRead.some((r) => { const at = landing(r, p, c.probe); return at !== null && at !== p; });
}

export function fsDelete(c: CompiledFilesystem, p: string): Decision {
  const seen = fsRead(c, p);
  if (seen.failure === 'ENOENT') return { ...seen, reason: `cannot remove ${p}: ${seen.reason}` };
  const parent = fsWrite(c, dirname(p));
  if (parent.decision !== 'allow') {
    return { ...parent, reason: `cannot remove ${p}: ${parent.reason}` };
  }
  if (isMountPoint(c, p)) {
    return deny(L, parent.rule, `${p} is a mount point the sandbox placed; removing it fails with "device or resource busy"`, 'EBUSY');
  }
  const self = fsWrite(c, p);
  return self.decision === 'allow' || self.failure === 'EACCES' ? { ...parent, reason: `${p} can be removed: ${parent.reason}` } : self;
}
