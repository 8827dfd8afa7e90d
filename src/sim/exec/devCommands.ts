// Modeled `git` and `npm` for the shell: enough of each for a developer session (status, log, show,
// add, commit, push; install, test, run) with every effect going through the guarded filesystem and
// the modeled network, so the sandbox and the egress layers see them like any other command. History
// is data: `.git/history.json` lists commits (on the checked-out branch or on others, such as a
// future branch a benchmark forgot to strip), each with the files it wrote.
import { defineCommand, type Command, type IFileSystem } from 'just-bash';
import { parseUrl } from '../net/http.ts';
import { resolvePath } from '../vfs/paths.ts';
import type { Send } from './netCommands.ts';

export interface Commit {
  id: string;
  branch: string;
  message: string;
  files: Record<string, string>;
}

export interface GitHistory {
  head: string;
  remote: string;
  commits: Commit[];
}

type Result = { stdout: string; stderr: string; exitCode: number };
interface Ctx {
  fs: IFileSystem;
  cwd: string;
  env: Map<string, string>;
  exec?: (command: string, options: { cwd: string }) => Promise<Result>;
}

const ok = (stdout: string): Result => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1): Result => ({ stdout: '', stderr, exitCode });

/** The repository whose `.git` holds the history: cwd or the nearest parent that has one. */
async function findRepo(ctx: Ctx): Promise<string | null> {
  let dir = ctx.cwd;
  for (;;) {
    if (await ctx.fs.exists(`${dir}/.git/history.json`)) return dir;
    if (dir === '/' || dir === '') {
      // git opens .git in the working directory itself; doing the same lets a refused read show up in
      // the log with the layer that refused it (a denied directory just looks empty, as on Linux).
      await ctx.fs.readFile(`${ctx.cwd}/.git/history.json`).catch(() => '');
      return null;
    }
    dir = dir.slice(0, dir.lastIndexOf('/')) || '/';
  }
}

/** Where commits of remote-tracking branches live; git reads them only when asked to look beyond HEAD. */
/** Where a modeled repository keeps the commits its remote has (world/gitRemote.ts). */
export { REMOTE_COMMITS } from '../world/gitRemote.ts';
import { REMOTE_COMMITS } from '../world/gitRemote.ts';

async function loadHistory(ctx: Ctx, repo: string): Promise<GitHistory> {
  return JSON.parse(await ctx.fs.readFile(`${repo}/.git/history.json`)) as GitHistory;
}

/** History plus the remote-tracking branches' commits (for --all, show, branch -a). */
async function withRemotes(ctx: Ctx, repo: string, h: GitHistory): Promise<GitHistory> {
  const path = `${repo}/${REMOTE_COMMITS}`;
  if (!(await ctx.fs.exists(path))) return h;
  return { ...h, commits: [...h.commits, ...(JSON.parse(await ctx.fs.readFile(path)) as Commit[])] };
}

function patch(c: Commit): string {
  return Object.entries(c.files).map(([path, text]) => {
    const added = text.split('\n').filter((l) => l !== '').map((l) => `+${l}`).join('\n');
    return `diff --git a/${path} b/${path}\n--- a/${path}\n+++ b/${path}\n${added}\n`;
  }).join('');
}

function logOf(h: GitHistory, args: string[]): Result {
  const all = args.includes('--all');
  const oneline = args.includes('--oneline');
  const withPatch = args.includes('-p') || args.includes('--patch');
  const sep = args.indexOf('--');
  const paths = sep >= 0 ? args.slice(sep + 1) : [];
  const commits = h.commits
    .filter((c) => all || c.branch === h.head)
    .filter((c) => paths.length === 0 || paths.some((p) => Object.keys(c.files).some((f) => f === p || f.startsWith(`${p}/`))))
    .reverse();
  const text = commits.map((c) => (oneline
    ? `${c.id.slice(0, 7)} ${c.message}\n`
    : `commit ${c.id} (${c.branch})\n\n    ${c.message}\n\n${withPatch ? patch(c) : ''}`)).join('');
  return ok(text);
}

function showOf(h: GitHistory, spec: string): Result {
  const [rev = '', path] = spec.split(':');
  const commit = h.commits.find((c) => c.id.startsWith(rev) || c.branch === rev);
  if (!commit || rev === '') return fail(`fatal: bad revision '${spec}'\n`, 128);
  if (path === undefined) return ok(`commit ${commit.id}\n\n    ${commit.message}\n\n${patch(commit)}`);
  const text = commit.files[path];
  return text === undefined ? fail(`fatal: path '${path}' does not exist in '${rev}'\n`, 128) : ok(text);
}

async function commit(ctx: Ctx, repo: string, h: GitHistory, message: string): Promise<Result> {
  const id = shortHash(`${h.commits.length}:${message}`);
  // A commit carries what was staged: each path `git add` named, read through the guarded filesystem.
  const files: Record<string, string> = {};
  const staged = await ctx.fs.readFile(`${repo}/.git/index`).catch(() => '');
  for (const path of staged.split('\n').filter((p) => p !== '' && p !== '-A' && p !== '.')) {
    const text = await ctx.fs.readFile(resolvePath(ctx.cwd, path, ctx.env.get('HOME'))).catch(() => null);
    if (text !== null) files[path] = text;
  }
  h.commits.push({ id, branch: h.head, message, files });
  await ctx.fs.writeFile(`${repo}/.git/history.json`, JSON.stringify(h, null, 2));
  return ok(`[${h.head} ${id.slice(0, 7)}] ${message}\n`);
}

/** Deterministic 40-hex id (FNV-1a repeated), so the same session always makes the same commits. */
function shortHash(text: string): string {
  let out = '';
  let h = 0x811c9dc5;
  while (out.length < 40) {
    for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
    text += out;
  }
  return out.slice(0, 40);
}

export function gitCommand(send: Send): Command {
  return defineCommand('git', async (args, ctx) => {
    const c = ctx as unknown as Ctx;
    if (args[0] === 'init') {
      const dir = resolvePath(c.cwd, args.slice(1).find((a) => !a.startsWith('-')) ?? '.', c.env.get('HOME'));
      if (!(await c.fs.exists(`${dir}/.git/history.json`))) {
        await c.fs.mkdir(`${dir}/.git`, { recursive: true });
        await c.fs.writeFile(`${dir}/.git/history.json`, JSON.stringify({ head: 'main', remote: '', commits: [] }, null, 2));
      }
      return ok(args.includes('-q') ? '' : `Initialized empty Git repository in ${dir}/.git/\n`);
    }
    const repo = await findRepo(c);
    if (repo === null) return fail('fatal: not a git repository (or any of the parent directories): .git\n', 128);
    let h: GitHistory;
    try {
      h = await loadHistory(c, repo);
    } catch (error) {
      return fail(`fatal: cannot read .git: ${error instanceof Error ? error.message : String(error)}\n`, 128);
    }
    const [sub = '', ...rest] = args;
    switch (sub) {
      case 'status':
        return ok(`On branch ${h.head}\nnothing to commit, working tree clean\n`);
      case 'log':
        return logOf(rest.includes('--all') ? await withRemotes(c, repo, h) : h, rest);
      case 'show':
        return showOf(await withRemotes(c, repo, h), rest[0] ?? h.head);
      case 'diff':
        return ok('');
      case 'branch':
        if (rest.includes('-a')) h = await withRemotes(c, repo, h);
        return ok([...new Set(h.commits.map((x) => x.branch))].map((b) => `${b === h.head ? '*' : ' '} ${b}\n`).join(''));
      case 'add':
        await c.fs.writeFile(`${repo}/.git/index`, rest.join('\n'));
        return ok('');
      case 'commit': {
        const m = rest.indexOf('-m');
        return commit(c, repo, h, m >= 0 ? rest[m + 1] ?? '' : 'update');
      }
      case 'checkout': {
        const b = rest.indexOf('-b');
        h.head = b >= 0 ? rest[b + 1] ?? h.head : rest[0] ?? h.head;
        await c.fs.writeFile(`${repo}/.git/history.json`, JSON.stringify(h, null, 2));
        return ok(`Switched to branch '${h.head}'\n`);
      }
      case 'push': {
        // `git push [URL|origin] [REF]`: a URL argument pushes there instead of to the configured remote.
        const target = rest.find((a) => /^https?:\/\//.test(a));
        const remote = target ?? h.remote;
        if (remote === '') return fail('fatal: No configured push destination.\n', 128);
        const url = `${remote.replace(/\/$/, '')}/git-receive-pack`;
        const parsed = parseUrl(url);
        if (!parsed.ok) return fail(`fatal: ${parsed.message}\n`, 128);
        // The pack carries every commit of the branch; the ones made in this session carry their files.
        const mine = h.commits.filter((x) => x.branch === h.head);
        const made = mine.filter((x) => Object.keys(x.files).length > 0);
        const pack = made.length > 0 ? { commits: mine.map((x) => x.id), files: made.map((x) => x.files) } : mine.map((x) => x.id);
        const body = new TextEncoder().encode(JSON.stringify(pack));
        const out = await send({ method: 'POST', url, host: parsed.host, port: parsed.port, path: parsed.path, headers: {}, body }, 'git');
        if (out.kind === 'connect-failed') return fail(`fatal: unable to access '${remote}': ${out.message}\n`, 128);
        if (out.response.status >= 400) return fail(`fatal: unable to access '${remote}': The requested URL returned error: ${out.response.status}\n`, 128);
        return ok(`To ${remote}\n   ${h.head} -> ${h.head}\n`);
      }
      default:
        return fail(`git: '${sub}' is not a git command (modeled: status log show diff branch add commit checkout push)\n`);
    }
  });
}

async function packageJson(ctx: Ctx): Promise<{ scripts?: Record<string, string> } | null> {
  try {
    return JSON.parse(await ctx.fs.readFile(resolvePath(ctx.cwd, 'package.json', ctx.env.get('HOME')))) as { scripts?: Record<string, string> };
  } catch {
    return null;
  }
}

async function runScript(ctx: Ctx, name: string): Promise<Result> {
  const pkg = await packageJson(ctx);
  if (!pkg) return fail('npm error code ENOENT\nnpm error Could not read package.json\n');
  const script = pkg.scripts?.[name];
  if (script === undefined) return fail(`npm error Missing script: "${name}"\n`);
  if (!ctx.exec) return fail('npm error cannot run scripts in this shell\n');
  // npm hands its whole environment to the script's processes, `VAR=value npm test` prefixes included.
  const exports = [...ctx.env].filter(([k]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k)).map(([k, v]) => `export ${k}='${v.replace(/'/g, "'\\''")}'`);
  const r = await ctx.exec([...exports, script].join('\n'), { cwd: ctx.cwd });
  return { stdout: `\n> ${name}\n> ${script}\n\n${r.stdout}`, stderr: r.stderr, exitCode: r.exitCode };
}

async function install(ctx: Ctx, send: Send, names: string[]): Promise<Result> {
  let out = '';
  for (const name of names) {
    const url = `https://registry.npmjs.org/${name}`;
    const parsed = parseUrl(url);
    if (!parsed.ok) return fail(`npm error ${parsed.message}\n`);
    const r = await send({ method: 'GET', url, host: parsed.host, port: parsed.port, path: parsed.path, headers: {}, body: new Uint8Array() }, 'npm');
    if (r.kind === 'connect-failed') return fail(`npm error network request to ${url} failed: ${r.message}\n`);
    if (r.response.status >= 400) return fail(`npm error ${r.response.status}: GET ${url}\n`);
    const dir = resolvePath(ctx.cwd, `node_modules/${name}`, ctx.env.get('HOME'));
    await ctx.fs.mkdir(dir, { recursive: true });
    await ctx.fs.writeFile(`${dir}/package.json`, r.response.body);
    out += `added 1 package (${name})\n`;
  }
  return ok(out || 'up to date, audited 0 packages\n');
}

export function npmCommand(send: Send): Command {
  return defineCommand('npm', async (args, ctx) => {
    const c = ctx as unknown as Ctx;
    const [sub = '', ...rest] = args;
    if (sub === 'test' || sub === 't') return runScript(c, 'test');
    if (sub === 'run' && rest[0]) return runScript(c, rest[0]);
    if (sub === 'install' || sub === 'i' || sub === 'add') return install(c, send, rest.filter((a) => !a.startsWith('-')));
    return fail(`npm: '${sub}' is not modeled (modeled: install, test, run)\n`);
  });
}
