// Runs one case on the real Claude Code: a throwaway root (home, project, outside folders) with canary
// files, a scripted Messages API on 127.0.0.1 that hands out the case's tool calls one per turn, the
// test's MCP tool as the permission prompt, a recording HTTP proxy as the only "internet", and a
// `bwrap` shim on PATH that notes every sandboxed command. Between calls the scripted model snapshots
// the world (what the call changed), then restores it, so calls do not see each other's effects.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { canariesIn, caseFiles, substitute, type CallObservation, type CallSpec, type CcCase } from './caseTypes.ts';

const GATE = resolve(import.meta.dirname, 'promptGate.mjs');
/** Claude Code's own state in the throwaway home; not part of the world. */
const CLIENT_STATE = /^home\/(\.claude\.json|\.claude\.json\.backup.*|\.cache|\.npm|\.local|\.config|\.claude\/(projects|sessions|shell-snapshots|backups|plugins|session-env|statsig|todos|debug|ide|cache|history\.jsonl|plans|file-history|telemetry|\.last-cleanup)(\/|$))|^proj\/\.git\/config\.worktree$/;

type Snapshot = Map<string, string>;

/** Where a case's settings file sits in its world (the engine's world holds the same file). */
export const SETTINGS_AT = 'proj/.claude/settings.json';

/** Where the real client reads managed settings on Linux (https://code.claude.com/docs/en/settings). */
export const MANAGED_AT = '/etc/claude-code/managed-settings.json';

/** Where the user and local scopes' files sit in a case's world. */
export const SCOPED_AT = { user: 'home/.claude/settings.json', local: 'proj/.claude/settings.local.json' } as const;

/** A case's user- and local-scope files (world path -> text). */
export function scopedFiles(c: CcCase, root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const scope of ['user', 'local'] as const) {
    const s = c.scoped?.[scope];
    if (s !== undefined) out[SCOPED_AT[scope]] = `${JSON.stringify(substitute(s, root), null, 2)}\n`;
  }
  return out;
}

export function managedText(c: CcCase, root: string): string | null {
  return c.managed === undefined ? null : `${JSON.stringify(substitute(c.managed, root), null, 2)}\n`;
}

export function settingsText(c: CcCase, root: string): string {
  return `${JSON.stringify({ ...substitute(c.settings, root), skipWebFetchPreflight: true }, null, 2)}\n`;
}

function walk(root: string, rel = ''): Snapshot {
  const out: Snapshot = new Map();
  const dir = join(root, rel);
  for (const name of readdirSync(dir)) {
    const r = rel === '' ? name : `${rel}/${name}`;
    if (r === 'cfg' || CLIENT_STATE.test(r)) continue;
    const st = lstatSync(join(root, r), { throwIfNoEntry: false });
    if (st === undefined) continue;
    if (st.isSymbolicLink()) out.set(r, `-> ${readlinkSync(join(root, r))}`);
    else if (st.isDirectory()) for (const [k, v] of walk(root, r)) out.set(k, v);
    else out.set(r, readFileSync(join(root, r), 'utf8'));
  }
  return out;
}

function restore(root: string, initial: Snapshot, now: Snapshot): void {
  for (const path of now.keys()) if (!initial.has(path)) rmSync(join(root, path), { force: true });
  for (const [path, content] of initial) {
    if (now.get(path) === content) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    rmSync(join(root, path), { force: true });
    if (content.startsWith('-> ')) symlinkSync(content.slice(3), join(root, path));
    else writeFileSync(join(root, path), content);
  }
}

function toolInput(call: CallSpec, files: Record<string, string>, root: string): { name: string; input: Record<string, unknown> } {
  switch (call.tool) {
    case 'Bash': return { name: 'Bash', input: { command: call.command, description: 'run a command', ...(call.dangerouslyDisableSandbox ? { dangerouslyDisableSandbox: true } : {}) } };
    case 'Read': return { name: 'Read', input: { file_path: call.path } };
    case 'Write': return { name: 'Write', input: { file_path: call.path, content: call.content ?? 'written by the agent\n' } };
    case 'Edit': {
      const rel = call.path.startsWith(root + '/') ? call.path.slice(root.length + 1) : call.path;
      const first = (files[rel] ?? '').split('\n')[0] ?? '';
      return { name: 'Edit', input: { file_path: call.path, old_string: first, new_string: `${first} (edited)` } };
    }
    case 'WebFetch': return { name: 'WebFetch', input: { url: call.url, prompt: 'Summarise the page.' } };
  }
}

interface Turn { observed: Omit<CallObservation, 'decision'> & { isError: boolean } }

function lastToolResult(body: { messages?: { content?: unknown }[] }): { text: string; isError: boolean } {
  const msgs = body.messages ?? [];
  for (let i = msgs.length - 1; i >= 0; i -= 1) {
    const content = msgs[i]?.content;
    if (!Array.isArray(content)) continue;
    for (const b of content as { type?: string; content?: unknown; is_error?: boolean }[]) {
      if (b.type !== 'tool_result') continue;
      const text = typeof b.content === 'string' ? b.content : Array.isArray(b.content) ? (b.content as { text?: string }[]).map((x) => x.text ?? '').join('\n') : '';
      return { text, isError: b.is_error === true };
    }
  }
  return { text: '', isError: false };
}

function countToolResults(body: { messages?: { content?: unknown }[] }): number {
  let n = 0;
  for (const m of body.messages ?? []) if (Array.isArray(m.content)) for (const b of m.content as { type?: string }[]) if (b.type === 'tool_result') n += 1;
  return n;
}

function sse(events: [string, Record<string, unknown>][]): string {
  return events.map(([type, data]) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`).join('');
}

function reply(n: number, next: { name: string; input: Record<string, unknown> } | null, stream: boolean): { type: string; body: string } {
  const message = { id: `msg_${n}`, type: 'message', role: 'assistant', model: 'claude-scripted', content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 } };
  const block: [string, Record<string, unknown>][] = next === null
    ? [['content_block_start', { index: 0, content_block: { type: 'text', text: '' } }], ['content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'Done.' } }]]
    : [['content_block_start', { index: 0, content_block: { type: 'tool_use', id: `toolu_${n}`, name: next.name, input: {} } }], ['content_block_delta', { index: 0, delta: { type: 'input_json_delta', partial_json: JSON.stringify(next.input) } }]];
  if (!stream) {
    return { type: 'application/json', body: JSON.stringify({ ...message, content: [{ type: 'text', text: 'Done.' }], stop_reason: 'end_turn' }) };
  }
  return {
    type: 'text/event-stream',
    body: sse([['message_start', { message }], ...block, ['content_block_stop', { index: 0 }], ['message_delta', { delta: { stop_reason: next === null ? 'end_turn' : 'tool_use', stop_sequence: null }, usage: { output_tokens: 1 } }], ['message_stop', {}]]),
  };
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return (server.address() as AddressInfo).port;
}

/** The only "internet": records the host of every proxied request and answers nothing useful. */
function recordingProxy(hosts: string[]): Server {
  const server = createServer((req, res) => {
    try {
      hosts.push(new URL(req.url ?? '').hostname.toLowerCase());
    } catch {
      hosts.push(String(req.headers.host ?? '').split(':')[0]?.toLowerCase() ?? '');
    }
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('recorded by the test proxy\n');
  });
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    hosts.push((req.url ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '').toLowerCase());
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  return server;
}

export interface RealRun {
  observations: CallObservation[];
  /** Anything about the session itself that went wrong (it did not finish, a call never ran). */
  problems: string[];
}

/** A fresh, empty folder for a case's world (the engine side uses the same paths). */
export function caseRoot(): string {
  return mkdtempSync(join(tmpdir(), 'cl-cc-'));
}

/** Sessions stay short: a long incident is split, each part starting from the world as it was. */
const CALLS_PER_SESSION = 16;

export async function runRealCase(c: CcCase, bin: string, root: string): Promise<RealRun> {
  const files = caseFiles(c);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
  for (const [rel, target] of Object.entries(substitute(c.links ?? {}, root))) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    symlinkSync(target, join(root, rel));
  }
  const out: RealRun = { observations: [], problems: [] };
  for (let i = 0; i < c.calls.length; i += CALLS_PER_SESSION) {
    const part = await runSession(c, c.calls.slice(i, i + CALLS_PER_SESSION), files, bin, root);
    out.observations.push(...part.observations);
    out.problems.push(...part.problems);
  }
  return out;
}

/**
 * A folder of links to every program on this process's PATH except `missing`, for a session on a
 * machine that lacks them (the first program of each name wins, as a PATH lookup would find it).
 */
function programsWithout(dir: string, missing: readonly string[]): string {
  mkdirSync(dir, { recursive: true });
  const seen = new Set<string>(missing);
  for (const folder of (process.env.PATH ?? '/usr/bin:/bin').split(':')) {
    if (folder === '' || !existsSync(folder)) continue;
    let names: string[] = [];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      if (seen.has(name)) continue;
      seen.add(name);
      symlinkSync(join(folder, name), join(dir, name));
    }
  }
  return dir;
}

interface TurnSpec {
  call: CallSpec;
  /** A Read the client needs before an Edit; run, but not judged. */
  hidden: boolean;
}

async function runSession(c: CcCase, visible: CallSpec[], files: Record<string, string>, bin: string, root: string): Promise<RealRun> {
  const problems: string[] = [];
  const servers: Server[] = [];
  try {
    const cfg = join(root, 'cfg');
    rmSync(cfg, { recursive: true, force: true });
    mkdirSync(join(cfg, 'shim'), { recursive: true });
    const specs: TurnSpec[] = substitute(visible, root).flatMap((call): TurnSpec[] => (call.tool === 'Edit'
      ? [{ call: { tool: 'Read', path: call.path, answer: 'allow' }, hidden: true }, { call, hidden: false }]
      : [{ call, hidden: false }]));
    const calls = specs.map((t) => t.call);
    // The settings sit where a project keeps them, so `/path` rules anchor at the project root (a
    // --settings file would anchor them at its own folder). skipWebFetchPreflight: the client's
    // domain check calls the vendor's API, which this offline run cannot reach.
    mkdirSync(join(root, 'proj', '.claude'), { recursive: true });
    writeFileSync(join(root, SETTINGS_AT), settingsText(c, root));
    for (const [rel, text] of Object.entries(scopedFiles(c, root))) {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      writeFileSync(join(root, rel), text);
    }
    const managed = managedText(c, root);
    if (managed !== null) {
      mkdirSync(dirname(MANAGED_AT), { recursive: true });
      writeFileSync(MANAGED_AT, managed);
    }
    // The developer has trusted this project before (as in any ordinary session); without that, the
    // client ignores the project's allow rules and a bypassPermissions mode it sets.
    writeFileSync(join(root, 'home', '.claude.json'), JSON.stringify({ hasCompletedOnboarding: true, projects: { [join(root, 'proj')]: { hasTrustDialogAccepted: true, allowedTools: [] } } }));
    const answers: Record<string, string> = {};
    calls.forEach((call, i) => {
      answers[`toolu_${i}`] = call.answer ?? 'deny';
    });
    writeFileSync(join(cfg, 'answers.json'), JSON.stringify(answers));
    writeFileSync(join(cfg, 'mcp.json'), JSON.stringify({ mcpServers: { gate: { command: process.execPath, args: [GATE, join(cfg, 'prompts.log'), join(cfg, 'answers.json')] } } }));
    // Every bwrap start is one sandboxed command (Claude Code finds bwrap on PATH).
    const realBwrap = ['/usr/bin/bwrap', '/bin/bwrap'].find((p) => existsSync(p)) ?? 'bwrap';
    if (c.sandboxUnavailable !== true) {
      writeFileSync(join(cfg, 'shim', 'bwrap'), `#!/bin/sh\necho x >> '${join(cfg, 'bwrap.log')}'\nexec ${realBwrap} "$@"\n`);
      chmodSync(join(cfg, 'shim', 'bwrap'), 0o755);
    }
    const bwrapCount = () => (existsSync(join(cfg, 'bwrap.log')) ? readFileSync(join(cfg, 'bwrap.log'), 'utf8').split('\n').filter(Boolean).length : 0);

    const hosts: string[] = [];
    const proxy = recordingProxy(hosts);
    servers.push(proxy);
    const proxyPort = await listen(proxy);

    const initial = walk(root);
    const turns: (Turn | null)[] = [];
    let marks = { bwrap: 0, hosts: 0 };
    const model = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      req.on('end', () => {
        let body: { tools?: unknown[]; messages?: { content?: unknown }[]; stream?: boolean } = {};
        try {
          body = JSON.parse(raw) as typeof body;
        } catch {
          /* not JSON: answered with plain text below */
        }
        const withTools = Array.isArray(body.tools) && body.tools.length > 0;
        const n = withTools ? countToolResults(body) : -1;
        if (withTools && n > turns.length && n <= calls.length) {
          const result = lastToolResult(body);
          const now = walk(root);
          const written = [...now].filter(([k, v]) => initial.get(k) !== v).map(([k]) => k).sort();
          const deleted = [...initial.keys()].filter((k) => !now.has(k)).sort();
          const b = bwrapCount();
          const sandboxHits = b - marks.bwrap;
          const violations = [...result.text.matchAll(/deny network-outbound ([^\s:]+)(?::\d+)?/g)].map((m) => (m[1] as string).toLowerCase());
          const sent = [...new Set(hosts.slice(marks.hosts))].sort();
          turns.push(specs[n - 1]?.hidden ? null : {
            observed: {
              sandboxed: calls[n - 1]?.tool === 'Bash' ? sandboxHits > 0 : null,
              read: canariesIn(result.text, c.canaries), written, deleted, sent, blocked: [...new Set(violations)].sort(), output: result.text.slice(0, 600), isError: result.isError,
            },
          });
          restore(root, initial, now);
          marks = { bwrap: bwrapCount(), hosts: hosts.length };
        } else if (withTools && n === 0) {
          marks = { bwrap: bwrapCount(), hosts: hosts.length };
        }
        const next = withTools && n >= 0 && n < calls.length ? toolInput(calls[n] as CallSpec, files, root) : null;
        const out = reply(Math.max(n, 0), next, body.stream === true);
        res.writeHead(200, { 'content-type': out.type });
        res.end(out.body);
      });
    });
    servers.push(model);
    const modelPort = await listen(model);

    const args = ['-p', 'Carry out the task.', '--output-format', 'stream-json', '--verbose',
      '--mcp-config', join(cfg, 'mcp.json'), '--permission-prompt-tool', 'mcp__gate__approve', ...(c.mode ? ['--permission-mode', c.mode] : [])];
    const proxyUrl = `http://127.0.0.1:${proxyPort}`;
    const env: Record<string, string> = {
      PATH: c.sandboxUnavailable === true ? `${join(cfg, 'shim')}:${programsWithout(join(cfg, 'programs'), ['bwrap', 'socat'])}` : `${join(cfg, 'shim')}:${process.env.PATH ?? '/usr/bin:/bin'}`,
      HOME: join(root, 'home'), USER: process.env.USER ?? 'root', LANG: 'C.UTF-8', TERM: 'dumb', SHELL: '/bin/bash',
      ANTHROPIC_BASE_URL: `http://127.0.0.1:${modelPort}`, ANTHROPIC_API_KEY: 'sk-ant-test-fidelity',
      CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1', DISABLE_TELEMETRY: '1', DISABLE_AUTOUPDATER: '1', DISABLE_ERROR_REPORTING: '1', NPM_CONFIG_UPDATE_NOTIFIER: 'false', NO_UPDATE_NOTIFIER: '1',
      HTTPS_PROXY: proxyUrl, HTTP_PROXY: proxyUrl, https_proxy: proxyUrl, http_proxy: proxyUrl, NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost',
      ...(c.mode === 'bypassPermissions' || [c.settings, c.scoped?.user, c.scoped?.local].some((s) => (s?.permissions as { defaultMode?: string } | undefined)?.defaultMode === 'bypassPermissions') ? { IS_SANDBOX: '1' } : {}),
    };
    let refusedStart: string | null = null;
    const stdout = await new Promise<string>((ok) => {
      const child = spawn(bin, args, { cwd: join(root, 'proj'), env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString('utf8');
      });
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString('utf8');
      });
      const timer = setTimeout(() => {
        problems.push('the session did not finish within 120 s');
        child.kill('SIGKILL');
      }, 120_000);
      child.on('close', (code) => {
        clearTimeout(timer);
        // failIfUnavailable on a machine without a working sandbox: the client will not start, so no
        // call runs. That is an observation (every call refused, nothing touched), not a harness fault.
        if (code !== 0 && /Refusing to start without a working sandbox/.test(err)) refusedStart = err.trim().split('\n').slice(0, 2).join(' | ');
        else if (code !== 0) problems.push(`claude exited ${code}: ${err.trim().split('\n').slice(0, 3).join(' | ')}`);
        ok(out);
      });
    });

    const prompted = new Set<string>();
    if (existsSync(join(cfg, 'prompts.log'))) {
      for (const line of readFileSync(join(cfg, 'prompts.log'), 'utf8').split('\n').filter(Boolean)) prompted.add(String((JSON.parse(line) as { tool_use_id?: string }).tool_use_id));
    }
    const denied = new Set<string>();
    for (const line of stdout.split('\n')) {
      if (!line.startsWith('{')) continue;
      const ev = JSON.parse(line) as { type?: string; permission_denials?: { tool_use_id: string }[] };
      if (ev.type === 'result') for (const d of ev.permission_denials ?? []) denied.add(d.tool_use_id);
    }
    if (refusedStart !== null) {
      const output = `claude refused to start: ${refusedStart}`.slice(0, 600);
      return { observations: specs.filter((t) => !t.hidden).map((): CallObservation => ({ decision: 'deny', sandboxed: null, read: [], written: [], deleted: [], sent: [], blocked: [], output })), problems };
    }
    if (turns.length < calls.length) problems.push(`only ${turns.length} of ${calls.length} calls came back to the model`);
    const observations = turns.flatMap((t, i): CallObservation[] => {
      if (t === null) return [];
      const id = `toolu_${i}`;
      // A tool the settings switch off entirely is removed from the session: the call is refused.
      const removed = /No such tool available/.test(t.observed.output);
      const decision = prompted.has(id) ? 'ask' : denied.has(id) || removed ? 'deny' : 'allow';
      const { isError: _e, ...rest } = t.observed;
      void _e;
      const ran = decision === 'allow' || (decision === 'ask' && calls[i]?.answer === 'allow');
      return [{ decision, ...rest, sandboxed: ran ? rest.sandboxed : null }];
    });
    return { observations, problems };
  } finally {
    if (c.managed !== undefined) rmSync(MANAGED_AT, { force: true });
    for (const s of servers) s.close();
    rmSync(join(root, 'cfg'), { recursive: true, force: true });
  }
}
