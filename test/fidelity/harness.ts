// Runs one throwaway world through the real `srt` and through the simulator. Every probe becomes one
// line of a shell script executed in a single sandboxed command, so a world with twenty probes costs
// one srt start (~0.4 s) instead of twenty.
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { compileSandbox, sandboxConnect, sandboxDelete, sandboxNameShows, sandboxRead, sandboxWrite, type SandboxSettings } from '../../src/sim/policy/sandbox.ts';
import type { Decision } from '../../src/sim/policy/decision.ts';

// SRT_BIN lets a run point at another srt build (or a missing one, to check the skip path).
const SRT = process.env.SRT_BIN ?? resolve('node_modules/.bin/srt');

export type Probe =
  | { op: 'read' | 'write' | 'delete' | 'list'; path: string }
  | { op: 'http' | 'https'; host: string; port?: number };

export interface World {
  /** Files relative to the world root (`home/...`, `proj/...`, `outside/...`), with contents. */
  files: string[];
  /** Extra empty directories relative to the root. */
  dirs?: string[];
  /**
   * Symbolic links: link path relative to the root -> target as written into the link (relative to
   * the link's folder, or absolute with `$ROOT`). Made after files and dirs.
   */
  links?: Record<string, string>;
}

export interface FidelityCase {
  name: string;
  /** `$ROOT` inside any string is replaced by the world's absolute root. */
  settings: SandboxSettings;
  world: World;
  probes: Probe[];
}

export interface ProbeResult {
  probe: Probe;
  real: string;
  sim: string;
  decision: Decision;
}

export function srtStatus(): { ok: true } | { ok: false; reason: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cl-srt-check-'));
  try {
    const settings = join(dir, 's.json');
    writeFileSync(settings, JSON.stringify({ network: { allowedDomains: [], deniedDomains: [] }, filesystem: { denyRead: [], allowWrite: [], denyWrite: [] } }));
    const r = spawnSync(SRT, ['--settings', settings, '-c', 'echo sandbox-ok'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    if (r.error) return { ok: false, reason: `cannot start srt (${SRT}): ${r.error.message}` };
    if (r.status !== 0 || !r.stdout.includes('sandbox-ok')) {
      return { ok: false, reason: `srt exited ${r.status}: ${(r.stderr || r.stdout).trim().split('\n').slice(0, 3).join(' | ')}` };
    }
    return { ok: true };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function substitute<T>(value: T, root: string): T {
  return JSON.parse(JSON.stringify(value).replaceAll('$ROOT', root)) as T;
}

function quote(s: string): string {
  return `'${s.replaceAll("'", `'\\''`)}'`;
}

/** Shell for one probe; prints `P<i> <rc> <first line of stderr or listing count>`. */
function probeScript(p: Probe, i: number): string {
  const out = (cmd: string, redirect = '2>&1') => `o=$( ${cmd} ${redirect} ); rc=$?; printf 'P${i} %s %s\\n' "$rc" "$(printf %s "$o" | head -n 1)"`;
  switch (p.op) {
    case 'read': return out(`cat -- ${quote(p.path)}`, '2>&1 >/dev/null');
    case 'list': return `o=$( ls -A -- ${quote(p.path)} 2>&1 ); rc=$?; if [ $rc = 0 ]; then o="count=$(printf %s "$o" | grep -c .)"; fi; printf 'P${i} %s %s\\n' "$rc" "$(printf %s "$o" | head -n 1)"`;
    case 'write': return out(`{ printf x >> ${quote(p.path)}; }`);
    case 'delete': return out(`rm -- ${quote(p.path)} </dev/null`);
    // --noproxy '': send every request to the proxy, even for the local and private addresses the
    // sandbox lists in NO_PROXY, so the proxy's policy is what gets compared.
    case 'http': {
      const url = `http://${p.host}${p.port === undefined ? '' : ':' + p.port}/`;
      return `o=$( curl --noproxy '' -g -s -o /dev/null -D - --max-time 10 ${quote(url)} 2>&1 | tr -d '\\r' | grep -i -e '^HTTP/' -e '^x-proxy-error' | tr '\\n' ' ' ); printf 'P${i} 0 %s\\n' "$o"`;
    }
    case 'https': {
      const url = `https://${p.host}${p.port === undefined ? '' : ':' + p.port}/`;
      return out(`curl --noproxy '' -g -sS -o /dev/null --max-time 10 ${quote(url)}`);
    }
  }
}

/** The failure class a probe's output shows, in the simulator's vocabulary ('ok' for success). */
function classify(p: Probe, rc: string, msg: string): string {
  // 'ok' means the proxy let the request through (with no upstream network here it then answers
  // 502 or the tunnel fails later); NO-PROXY-RESPONSE means the proxy never answered.
  if (p.op === 'http') {
    if (/\b403\b/.test(msg) && /x-proxy-error: /i.test(msg)) return 'HTTP_403';
    return /^HTTP\//.test(msg) ? 'ok' : `NO-PROXY-RESPONSE(${msg})`;
  }
  if (p.op === 'https') {
    if (/CONNECT tunnel failed, response 403/.test(msg)) return 'CONNECT_403';
    return /CONNECT tunnel failed, response \d+|SSL|TLS|Recv failure/.test(msg) ? 'ok' : `NO-PROXY-RESPONSE(${msg})`;
  }
  if (p.op === 'list') return rc !== '0' ? classifyError(msg) : msg === 'count=0' ? 'EMPTY' : 'ok';
  return rc === '0' ? 'ok' : classifyError(msg);
}

function classifyError(msg: string): string {
  if (/No such file or directory/.test(msg)) return 'ENOENT';
  if (/Permission denied/.test(msg)) return 'EACCES';
  if (/Read-only file system/.test(msg)) return 'EROFS';
  if (/Device or resource busy/.test(msg)) return 'EBUSY';
  if (/Not a directory/.test(msg)) return 'ENOTDIR';
  return `OTHER(${msg})`;
}

function kindOnDisk(p: string): 'file' | 'dir' | undefined {
  try {
    return statSync(p).isDirectory() ? 'dir' : 'file';
  } catch {
    return undefined;
  }
}

/** A name on disk, a dangling symlink included. */
function onDisk(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** Why a missing folder cannot be entered: a file on the way (ENOTDIR) or plain absence (ENOENT). */
function missingOnTheWay(dir: string): string {
  for (let a = dirname(dir); a !== dirname(a); a = dirname(a)) {
    const k = kindOnDisk(a);
    if (k !== undefined) return k === 'file' ? 'ENOTDIR' : 'ENOENT';
  }
  return 'ENOENT';
}

/** What the simulator predicts the probe prints. */
function simOutcome(p: Probe, d: Decision, target: string | null, placeholderDirs: string[], linkShows: boolean): string {
  // Creating a file needs its folder: missing on disk (and not a placeholder folder the sandbox
  // made) fails first, whatever the policy says. That is the world's answer, not the sandbox's.
  // Path lookup comes before the final open, so ENOENT / ENOTDIR on the way win over EROFS / EACCES.
  if (p.op === 'write' && target !== null && kindOnDisk(dirname(target)) === undefined && !placeholderDirs.includes(dirname(target))
    && !(d.decision === 'deny' && (d.failure === 'ENOENT' || d.failure === 'ENOTDIR'))) {
    return missingOnTheWay(dirname(target));
  }
  if (p.op === 'delete' && target !== null && !onDisk(target) && !(d.decision === 'deny' && (d.failure === 'ENOTDIR' || d.failure === 'EBUSY'))) {
    return d.decision === 'deny' && d.failure === 'EACCES' ? 'EACCES' : 'ENOENT';
  }
  // GNU ls given a symlink it cannot follow lists the link itself (the sandbox can hide its target).
  if (p.op === 'list' && target !== null && d.failure === 'ENOENT' && linkShows) return 'ok';
  if (d.decision === 'deny') return d.failure ?? 'deny-without-failure';
  if (p.op === 'http' || p.op === 'https') return 'ok';
  if (p.op === 'list') return /lists as empty/.test(d.reason) ? 'EMPTY' : 'ok';
  if (p.op === 'read' && target !== null && kindOnDisk(target) === undefined) return 'ENOENT';
  return 'ok';
}

/** A file's bytes as the host sees them after the sandbox is gone (null when it is not there). */
function contentOnDisk(p: string): string | null {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return null;
  }
}

/** The disk's symlinks for the simulator: what a link holds, undefined for anything else. */
function readlinkOnDisk(p: string): string | undefined {
  try {
    return lstatSync(p).isSymbolicLink() ? readlinkSync(p) : undefined;
  } catch {
    return undefined;
  }
}

function absoluteTarget(path: string, home: string, cwd: string): string {
  return path.startsWith('~/') ? join(home, path.slice(2)) : resolve(cwd, path);
}

/** The settings as srt reads them: entries the simulator keeps in `literal` become `{ path, literal: true }`. */
function srtFile(s: SandboxSettings): unknown {
  const { literal, ...fs } = s.filesystem;
  const lists = ['denyRead', 'allowRead', 'allowWrite', 'denyWrite'] as const;
  const out: Record<string, unknown> = { ...fs };
  for (const k of lists) {
    const marked = (literal?.[k] ?? []).map((path) => ({ path, literal: true }));
    if (marked.length > 0 || fs[k] !== undefined) out[k] = [...(fs[k] ?? []), ...marked];
  }
  return { ...s, filesystem: out };
}

export function buildWorld(world: World): string {
  const root = mkdtempSync(join(tmpdir(), 'cl-fid-'));
  for (const d of ['home', 'proj', 'outside', ...(world.dirs ?? [])]) mkdirSync(join(root, d), { recursive: true });
  for (const f of world.files) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    writeFileSync(join(root, f), `content of ${f}\n`);
  }
  for (const [link, target] of Object.entries(world.links ?? {})) {
    mkdirSync(dirname(join(root, link)), { recursive: true });
    symlinkSync(target.replaceAll('$ROOT', root), join(root, link));
  }
  return root;
}

export function runCase(c: FidelityCase): ProbeResult[] {
  const root = buildWorld(c.world);
  try {
    const settings = substitute(c.settings, root);
    const probes = substitute(c.probes, root);
    const home = join(root, 'home');
    const cwd = join(root, 'proj');
    // The simulator sees the disk as srt sees it when the command starts.
    const compiled = compileSandbox(settings, { cwd, home, probe: kindOnDisk, readlink: readlinkOnDisk });
    const decisions = probes.map((p) => {
      if (!('path' in p)) return { d: sandboxConnect(compiled, p.host, p.port ?? (p.op === 'https' ? 443 : 80), p.op === 'http' ? 'http' : 'connect'), target: null };
      const target = absoluteTarget(p.path, home, cwd);
      const d = p.op === 'read' ? sandboxRead(compiled, target, 'file')
        : p.op === 'list' ? sandboxRead(compiled, target, 'dir')
          : p.op === 'write' ? sandboxWrite(compiled, target) : sandboxDelete(compiled, target);
      return { d, target };
    });
    const placeholderDirs = compiled.fs.denyWrite.filter((d) => !d.placeholderLeaf && kindOnDisk(d.path) === undefined).map((d) => d.path);
    // Predictions are taken before srt runs: probes change the disk.
    const predicted = probes.map((p, i) => {
      const { d, target } = decisions[i] as { d: Decision; target: string | null };
      // A symlink whose folder the sandbox shows (its target may still be hidden).
      const linkShows = target !== null && readlinkOnDisk(target) !== undefined && sandboxNameShows(compiled, target);
      return simOutcome(p, d, target, placeholderDirs, linkShows);
    });
    // A write the process sees succeed may still leave the disk as it was (a read-deny tmpfs takes it).
    const writeTargets = probes.map((p, i) => (p.op === 'write' && !probes.slice(i + 1).some((q) => q.op === 'delete' && 'path' in q && q.path === p.path) ? absoluteTarget(p.path, home, cwd) : null));
    const before = writeTargets.map((t) => (t === null ? null : contentOnDisk(t)));
    const settingsFile = join(root, 'outside', 'srt-settings.json');
    writeFileSync(settingsFile, JSON.stringify(srtFile(settings)));
    // The proxy bridge inside the sandbox starts with the command; wait for it before the first request.
    const waitForProxy = probes.some((p) => !('path' in p))
      ? 'for i in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/3128) 2>/dev/null && break; sleep 0.05; done\n' : '';
    const script = waitForProxy + probes.map((p) => ('path' in p ? { ...p, path: absoluteTarget(p.path, home, cwd) } : p)).map(probeScript).join('\n');
    const r = spawnSync(SRT, ['--settings', settingsFile, '-c', script], {
      cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, HOME: home, SRT_DEBUG: '' },
    });
    const lines = new Map<string, { rc: string; msg: string }>();
    for (const line of r.stdout.split('\n')) {
      const m = /^P(\d+) (\d+) ?(.*)$/.exec(line);
      if (m) lines.set(m[1] as string, { rc: m[2] as string, msg: m[3] as string });
    }
    return probes.map((probe, i) => {
      const got = lines.get(String(i));
      let real = got === undefined ? `NO-OUTPUT(exit ${r.status}: ${r.stderr.trim().split('\n')[0] ?? ''})` : classify(probe, got.rc, got.msg);
      const target = writeTargets[i];
      if (real === 'ok' && target !== null && target !== undefined && contentOnDisk(target) === before[i]) real = 'ok-discarded';
      const d = (decisions[i] as { d: Decision }).d;
      const sim = predicted[i] === 'ok' && probe.op === 'write' && d.discarded ? 'ok-discarded' : predicted[i] as string;
      return { probe: c.probes[i] as Probe, real, sim, decision: d };
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
