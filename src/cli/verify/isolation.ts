// The box `containment-lab verify` runs the real Claude Code in: bubblewrap with a fresh network
// namespace (loopback only, brought up by bwrap), the filesystem read-only, the places that hold a
// person's files and credentials (home folders, /tmp, /mnt, ...) replaced by empty tmpfs, and one
// writable throwaway folder. The few things the run needs from a masked place (this tool's own code,
// the Claude Code binary, node) are bound back read-only. Before any session starts, a probe runs
// inside the same box and checks that it really is one; where it is not, verify refuses to run.
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

/** Places that hold people's files and credentials: never visible inside the box. */
const MASKED = ['/home', '/root', '/tmp', '/var/tmp', '/run/user', '/mnt', '/media', '/srv', '/etc/claude-code'];

export interface BoxSpec {
  /** The throwaway folder the sessions run in (the only writable place besides fresh tmpfs). */
  work: string;
  /** Paths the run needs, bound back read-only when they sit under a masked folder. */
  keep: string[];
  /** The user's real home (os.homedir()), masked too when it is elsewhere. */
  home: string;
  /** Test seam: which paths exist on this machine. */
  exists?: (path: string) => boolean;
}

const under = (path: string, dir: string) => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

/** The folders hidden behind an empty tmpfs, outermost first. */
export function maskedPaths(spec: BoxSpec): string[] {
  const exists = spec.exists ?? existsSync;
  // A home of `/` (or none) would hide the whole machine; the fixed list still hides every usual home.
  const home = resolve(spec.home);
  const all = [...MASKED, ...(home === '/' ? [] : [home])].filter((p, i, a) => a.indexOf(p) === i && exists(p));
  // A masked folder inside another masked folder is already hidden.
  return all.filter((p) => !all.some((q) => q !== p && under(p, q))).sort();
}

/** bwrap's arguments up to (not including) the command. */
export function boxArgs(spec: BoxSpec): string[] {
  const masked = maskedPaths(spec);
  // The machine's /proc, not a fresh one: Claude Code's own sandbox (srt's bwrap, one level down) mounts
  // procfs in a new user namespace, which the kernel allows only beside a fully visible procfs. The user
  // namespace below keeps the box from other processes' memory and environment and from the kernel's
  // settings all the same.
  const args = ['--ro-bind', '/', '/', '--dev', '/dev', '--dev-bind', '/proc', '/proc'];
  for (const m of masked) args.push('--tmpfs', m);
  const keep = [...new Set(spec.keep.map((p) => resolve(p)))].filter((p) => masked.some((m) => under(p, m)) && !under(p, spec.work)).sort();
  for (const k of keep) args.push('--ro-bind', k, k);
  args.push('--bind', spec.work, spec.work,
    '--unshare-user', '--unshare-net', '--unshare-ipc', '--unshare-uts', '--die-with-parent', '--new-session', '--clearenv');
  return args;
}

/** The folder a binary needs: its package root when it is an npm package, else its own folder. */
export function binaryFolder(bin: string): string {
  let real: string;
  try {
    real = realpathSync(bin);
  } catch {
    return dirname(resolve(bin));
  }
  let dir = dirname(real);
  for (let i = 0; i < 4; i += 1) {
    if (existsSync(join(dir, 'package.json'))) {
      // The whole install (node_modules/.bin, the platform package beside it) for a cache install.
      const nm = dir.lastIndexOf(`${sep}node_modules${sep}`);
      return nm === -1 ? dir : dir.slice(0, nm);
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return dirname(real);
}

export type ProbeResult = { ok: true } | { ok: false; reason: string };

/** What the probe checks from inside the box, printed as one JSON line. */
const PROBE_SCRIPT = `
const os = require('os'), net = require('net'), fs = require('fs');
const [home, work] = process.argv.slice(1);
const out = { ifaces: Object.keys(os.networkInterfaces()), homeEntries: [], workWritable: false };
try { out.homeEntries = fs.readdirSync(home); } catch {}
try { fs.writeFileSync(work + '/.probe', 'x'); out.workWritable = true; fs.rmSync(work + '/.probe'); } catch {}
const s = net.createServer((c) => c.end('ok')).listen(0, '127.0.0.1', () => {
  const c = net.connect(s.address().port, '127.0.0.1');
  c.on('data', () => { out.loopback = true; });
  c.on('error', (e) => { out.loopback = e.code; });
  c.on('close', () => {
    s.close();
    const d = net.connect(80, '192.0.2.1');
    const t = setTimeout(() => { out.outside = 'timeout'; d.destroy(); done(); }, 2000);
    d.on('connect', () => { out.outside = 'connected'; clearTimeout(t); d.destroy(); done(); });
    d.on('error', (e) => { out.outside = e.code; clearTimeout(t); done(); });
  });
});
function done() { console.log(JSON.stringify(out)); }
`;

export interface ProbeDeps {
  platform?: NodeJS.Platform;
  /** Test seam: runs a program and gives back its exit status and output. */
  run?: (cmd: string, args: string[]) => { status: number | null; stdout: string; stderr: string; error?: Error };
}

const defaultRun: NonNullable<ProbeDeps['run']> = (cmd, args) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ...(r.error ? { error: r.error } : {}) };
};

/** Runs the probe inside the box; ok only when the box has loopback and nothing else, and hides the home. */
export function probeBox(spec: BoxSpec, deps: ProbeDeps = {}): ProbeResult {
  const platform = deps.platform ?? process.platform;
  if (platform !== 'linux') return { ok: false, reason: `this platform (${platform}) has no network namespaces for bubblewrap; verify runs only on Linux` };
  const run = deps.run ?? defaultRun;
  const node = process.execPath;
  const r = run('bwrap', [...boxArgs({ ...spec, keep: [...spec.keep, dirname(node)] }), '--', node, '-e', PROBE_SCRIPT, resolve(spec.home), spec.work]);
  if (r.error !== undefined) return { ok: false, reason: `bubblewrap (bwrap) does not run here (${(r.error as NodeJS.ErrnoException).code ?? r.error.message}); install it (Debian: apt-get install bubblewrap)` };
  if (r.status !== 0) return { ok: false, reason: `bubblewrap cannot make a network namespace here: ${(r.stderr || r.stdout).trim().split('\n')[0] ?? `exit ${r.status}`}` };
  let seen: { ifaces?: string[]; homeEntries?: string[]; workWritable?: boolean; loopback?: unknown; outside?: unknown };
  try {
    seen = JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as typeof seen;
  } catch {
    return { ok: false, reason: `the isolation probe printed no result: ${r.stdout.slice(0, 120)}` };
  }
  const ifaces = seen.ifaces ?? [];
  if (ifaces.some((i) => i !== 'lo')) return { ok: false, reason: `the box still sees network interfaces other than loopback (${ifaces.join(', ')})` };
  if (seen.loopback !== true) return { ok: false, reason: `loopback does not work inside the box (${String(seen.loopback)})` };
  if (seen.outside === 'connected') return { ok: false, reason: 'an address outside the machine was reachable from inside the box' };
  const visible = (seen.homeEntries ?? []).filter((e) => !spec.keep.some((k) => under(resolve(k), join(resolve(spec.home), e))));
  if (visible.length > 0) return { ok: false, reason: `your home folder is visible inside the box (${visible.slice(0, 3).join(', ')})` };
  if (seen.workWritable !== true) return { ok: false, reason: 'the throwaway folder is not writable inside the box' };
  return { ok: true };
}

/** The lines verify prints before it starts: what it runs and what it keeps away from it. */
export function isolationText(spec: BoxSpec): string[] {
  return [
    `network: a fresh network namespace with loopback only (bubblewrap --unshare-net); the model, the permission prompt and the "internet" are sinks on 127.0.0.1 inside it`,
    `files: the machine read-only; hidden behind empty folders: ${maskedPaths(spec).join(', ')}`,
    `writable: only the throwaway folder ${spec.work} (deleted afterwards), with a home and a project built from each incident's world (canary secrets only)`,
    'privileges: none over the machine (a user namespace of its own, fresh IPC and host-name namespaces; it sees the process list of the machine, not their memory or environment)',
    'environment: cleared; Claude Code gets a fake API key for the local scripted model, never your credentials',
  ];
}
