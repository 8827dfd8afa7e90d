// The other ways a shell reaches the network or a file besides curl and wget: `python3 -c`, `node -e`,
// `nc`, bash's `/dev/tcp` redirection (shell.ts routes it here) and DNS lookups (`nslookup`, `dig`,
// `host`). None of them runs a real interpreter or opens a socket. python3 and node understand a small,
// stated subset of one-liners (the calls an injected instruction typically carries) and say so for
// anything else; every file they touch goes through the guarded filesystem and every connection
// through `send`, so the product's layers judge them like any other command.
import { defineCommand, type Command } from 'just-bash';
import { latin1ToBytes } from '../world/canary.ts';
import { parseUrl, type HttpRequest } from '../net/http.ts';
import { resolvePath } from '../vfs/paths.ts';
import type { Ctx, Result, Send } from './netCommands.ts';

const fail = (stderr: string, exitCode = 1): Result => ({ stdout: '', stderr, exitCode });
const enc = (s: string) => new TextEncoder().encode(s);

/** A raw TCP connection on the modeled network: the payload is whatever the command writes. */
export function tcpRequest(host: string, port: number, body: Uint8Array): HttpRequest {
  return { method: 'TCP', url: `tcp://${host}:${port}`, host: host.toLowerCase(), port, path: '/', headers: {}, body };
}

/** A DNS query for `name`: whoever serves the name's zone sees the whole name. */
export function dnsRequest(name: string): HttpRequest {
  const host = name.toLowerCase().replace(/\.$/, '');
  // The name as typed travels in the query (resolvers keep the case they were given).
  return { method: 'DNS', url: `dns://${name.replace(/\.$/, '')}`, host, port: 53, path: '/', headers: {}, body: new Uint8Array() };
}

function where(ctx: Ctx, path: string): string {
  return resolvePath(ctx.cwd, path, ctx.env.get('HOME'));
}

// ---- a literal-only reader for the one-liners ----------------------------------------------------

/** A quoted string literal at the start of `s` ('...' or "..."), with the common escapes. */
function literal(s: string): { value: string; rest: string } | null {
  const q = s[0];
  if (q !== '"' && q !== "'" && q !== '`') return null;
  let out = '';
  for (let i = 1; i < s.length; i += 1) {
    const c = s[i] ?? '';
    if (c === '\\') {
      const n = s[i + 1] ?? '';
      out += n === 'n' ? '\n' : n === 't' ? '\t' : n;
      i += 1;
    } else if (c === q) return { value: out, rest: s.slice(i + 1) };
    else out += c;
  }
  return null;
}

/** Every string literal in `code`, in order. */
function literals(code: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < code.length; i += 1) {
    const c = code[i];
    if (c !== '"' && c !== "'" && c !== '`') continue;
    const lit = literal(code.slice(i));
    if (!lit) break;
    out.push(lit.value);
    i = code.length - lit.rest.length - 1;
  }
  return out;
}

/** The literal arguments of the first `name(` call in `code`, or null when there is none. */
function callArgs(code: string, name: string): string[] | null {
  let at = code.indexOf(`${name}(`);
  // A call of `open(` is not the tail of `urlopen(`.
  while (at > 0 && /[A-Za-z0-9_]/.test(code[at - 1] ?? '')) at = code.indexOf(`${name}(`, at + 1);
  if (at < 0) return null;
  let depth = 0;
  let end = code.length;
  for (let i = at + name.length; i < code.length; i += 1) {
    const c = code[i];
    if (c === '(') depth += 1;
    else if (c === ')') {
      depth -= 1;
      if (depth === 0) {
        end = i;
        break;
      }
    }
  }
  return literals(code.slice(at + name.length + 1, end));
}

// ---- python3 -c ----------------------------------------------------------------------------------

const PY_SUBSET = 'modeled: urllib.request.urlopen(URL[, data=open(PATH).read()]), open(PATH).read(), open(PATH, "a"|"w").write(TEXT), print';

async function httpVia(send: Send, via: string, url: string, body: Uint8Array | null): Promise<{ ok: boolean; text: string; error: string }> {
  const parsed = parseUrl(url);
  if (!parsed.ok) return { ok: false, text: '', error: parsed.message };
  const req: HttpRequest = { method: body ? 'POST' : 'GET', url, host: parsed.host, port: parsed.port, path: parsed.path, headers: {}, body: body ?? new Uint8Array() };
  const out = await send(req, via);
  if (out.kind === 'connect-failed') return { ok: false, text: '', error: out.message };
  if (out.response.status >= 400) return { ok: false, text: out.response.body, error: `HTTP Error ${out.response.status}` };
  return { ok: true, text: out.response.body, error: '' };
}

/** The path of the first `open(PATH` / `readFileSync(PATH` in `code`, if any. */
function readTarget(code: string, fn: string): string | null {
  const args = callArgs(code, fn);
  return args && args[0] !== undefined ? args[0] : null;
}

export function python3Command(send: Send): Command {
  const run = async (code: string, ctx: Ctx): Promise<Result> => {
    let stdout = '';
    try {
      const write = /open\(\s*(?:os\.path\.expanduser\(\s*)?(['"])([^'"]+)\1\s*\)?\s*,\s*(['"])([aw])b?\3\s*\)\.write\(/.exec(code);
      if (write) {
        const text = callArgs(code.slice(write.index + write[0].length - 'write('.length), 'write')?.[0] ?? '';
        const path = where(ctx, write[2] ?? '');
        if (write[4] === 'a') await ctx.fs.appendFile(path, text);
        else await ctx.fs.writeFile(path, text);
        return { stdout: '', stderr: '', exitCode: 0 };
      }
      const urlArgs = callArgs(code, 'urlopen') ?? callArgs(code, 'Request');
      const file = readTarget(code, 'open');
      const body = file !== null ? await ctx.fs.readFileBuffer(where(ctx, file)) : null;
      if (urlArgs && urlArgs[0] !== undefined) {
        const hasData = /data\s*=/.test(code);
        const r = await httpVia(send, 'python3', urlArgs[0], hasData ? body ?? enc(urlArgs[1] ?? '') : null);
        if (!r.ok) return fail(`Traceback (most recent call last):\nurllib.error.URLError: <urlopen error ${r.error}>\n`);
        if (code.includes('print(')) stdout += `${r.text}\n`;
        return { stdout, stderr: '', exitCode: 0 };
      }
      if (body !== null && code.includes('print(')) return { stdout: new TextDecoder().decode(body), stderr: '', exitCode: 0 };
      const printed = callArgs(code, 'print');
      if (printed) return { stdout: `${printed.join(' ')}\n`, stderr: '', exitCode: 0 };
      return fail(`python3: this one-liner is outside what the simulation models (${PY_SUBSET})\n`, 2);
    } catch (error) {
      const m = error instanceof Error ? error.message : String(error);
      return fail(`Traceback (most recent call last):\n${/EACCES|EPERM|EROFS/.test(m) ? 'PermissionError' : 'OSError'}: ${m}\n`);
    }
  };
  return defineCommand('python3', async (args, ctx) => {
    const c = ctx as unknown as Ctx;
    const at = args.indexOf('-c');
    if (at < 0 || args[at + 1] === undefined) return fail('python3: only `python3 -c CODE` is modeled\n', 2);
    return run(args[at + 1] ?? '', c);
  });
}

// ---- node -e -------------------------------------------------------------------------------------

const NODE_SUBSET = 'modeled: fetch(URL[, {method, body: fs.readFileSync(PATH)}]), fs.readFileSync(PATH), fs.appendFileSync/writeFileSync(PATH, TEXT), console.log';

export function nodeCommand(send: Send): Command {
  return defineCommand('node', async (args, ctx) => {
    const c = ctx as unknown as Ctx;
    const at = args.findIndex((a) => a === '-e' || a === '--eval');
    if (at < 0 || args[at + 1] === undefined) return fail('node: only `node -e CODE` is modeled\n', 9);
    const code = args[at + 1] ?? '';
    try {
      for (const fn of ['appendFileSync', 'writeFileSync']) {
        const w = callArgs(code, fn);
        if (w && w[0] !== undefined) {
          const path = where(c, w[0]);
          if (fn === 'appendFileSync') await c.fs.appendFile(path, w[1] ?? '');
          else await c.fs.writeFile(path, w[1] ?? '');
          return { stdout: '', stderr: '', exitCode: 0 };
        }
      }
      const file = readTarget(code, 'readFileSync');
      const body = file !== null ? await c.fs.readFileBuffer(where(c, file)) : null;
      const fetchArgs = callArgs(code, 'fetch');
      if (fetchArgs && fetchArgs[0] !== undefined) {
        const posts = /method\s*:\s*['"]POST['"]/i.test(code) || /body\s*:/.test(code);
        const r = await httpVia(send, 'node', fetchArgs[0], posts ? body ?? enc(fetchArgs.find((a, i) => i > 0 && a.toUpperCase() !== 'POST') ?? '') : null);
        if (!r.ok) return fail(`TypeError: fetch failed\n  cause: ${r.error}\n`);
        return { stdout: code.includes('console.log') ? `${r.text}\n` : '', stderr: '', exitCode: 0 };
      }
      if (body !== null && code.includes('console.log')) return { stdout: new TextDecoder().decode(body), stderr: '', exitCode: 0 };
      const logged = callArgs(code, 'console.log');
      if (logged) return { stdout: `${logged.join(' ')}\n`, stderr: '', exitCode: 0 };
      return fail(`node: this one-liner is outside what the simulation models (${NODE_SUBSET})\n`, 9);
    } catch (error) {
      return fail(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  });
}

// ---- nc, /dev/tcp --------------------------------------------------------------------------------

/** `nc HOST PORT` (flags ignored): stdin goes to the peer, its answer to stdout. */
export function ncCommand(send: Send): Command {
  const nc = (name: string) => defineCommand(name, async (args, ctx) => {
    const c = ctx as unknown as Ctx;
    const plain = args.filter((a, i) => !a.startsWith('-') && !(i > 0 && /^-[wq]$/.test(args[i - 1] ?? '')));
    const [host, portText] = plain;
    const port = Number(portText);
    if (!host || !Number.isInteger(port) || port <= 0 || port > 65535) return fail(`usage: ${name} HOST PORT\n`);
    const out = await send(tcpRequest(host, port, latin1ToBytes(String(c.stdin ?? ''))), name);
    if (out.kind === 'connect-failed') return fail(`${name}: connect to ${host} port ${port} (tcp) failed: ${out.message}\n`);
    if (out.response.status === 403) return fail(`${name}: connect to ${host} port ${port} (tcp) failed: Connection refused\n`);
    return { stdout: out.response.body === 'ok' || out.response.body === 'connected' ? '' : out.response.body, stderr: '', exitCode: 0 };
  });
  return nc('nc');
}

/** `/dev/tcp/HOST/PORT` as bash opens it for a redirection; null for any other path. */
export function devTcpTarget(path: string): { host: string; port: number } | null {
  const m = /^\/dev\/tcp\/([^/]+)\/(\d+)$/.exec(path);
  if (!m) return null;
  return { host: m[1] ?? '', port: Number(m[2]) };
}

// ---- DNS -----------------------------------------------------------------------------------------

/** `nslookup NAME`, `dig [+short] NAME`, `host NAME`: one query for NAME through the resolver. */
export function dnsCommands(send: Send): Command[] {
  return ['nslookup', 'dig', 'host'].map((name) => defineCommand(name, async (args) => {
    const target = args.find((a) => !a.startsWith('-') && !a.startsWith('+') && !a.startsWith('@'));
    if (!target) return fail(`${name}: no name to look up\n`);
    const out = await send(dnsRequest(target), name);
    if (out.kind === 'connect-failed' || out.response.status >= 400) return fail(`;; connection timed out; no servers could be reached\n`, name === 'dig' ? 9 : 1);
    return { stdout: out.response.body, stderr: '', exitCode: out.response.status === 200 ? 0 : 1 };
  }));
}
