// `explain` on real files: every case through `main` in this process (the same code bin.mjs runs), and
// one as users run it, a real process with its exit code and streams.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './mainHarness.ts';

const BIN = resolve('src/cli/bin.mjs');
const dir = mkdtempSync(join(tmpdir(), 'cl-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, value: unknown): string {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value));
  return p;
}

function spawned(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const srt = file('srt.json', {
  network: { allowedDomains: ['*.npmjs.org'], deniedDomains: [] },
  filesystem: { denyRead: ['~/.aws'], allowWrite: ['.'], denyWrite: ['./secrets'] },
});
const cc = file('project/.claude/settings.json', {
  permissions: { allow: ['Bash(npm run test *)'], deny: ['Read(~/.aws/**)'] },
  sandbox: { enabled: true, autoAllowBashIfSandboxed: true, network: { allowedDomains: ['github.com'] } },
});
const home = join(dir, 'home');
const cwd = join(dir, 'project');

async function json(...args: string[]) {
  const r = await cli('explain', ...args, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

describe('containment-lab explain', () => {
  it('sandbox-runtime config: ~/ resolves against --home', async () => {
    expect(await json(srt, '--cwd', cwd, '--home', home, '--action', 'read:~/.aws/credentials')).toEqual({
      decision: 'deny', layer: 'os-sandbox', rule: 'denyRead "~/.aws"', reason: expect.stringContaining(`${home}/.aws`) as unknown as string,
    });
  });

  it('sandbox-runtime config: ./ and bare relative paths resolve against --cwd', async () => {
    expect((await json(srt, '--cwd', cwd, '--home', home, '--action', 'write:./secrets/k')).rule).toBe('denyWrite "./secrets"');
    expect(await json(srt, '--cwd', cwd, '--home', home, '--action', 'write:src/a.ts')).toMatchObject({ decision: 'allow', rule: 'allowWrite "."' });
    expect(await json(srt, '--cwd', cwd, '--home', home, '--action', 'write:../elsewhere')).toMatchObject({ decision: 'deny', rule: null });
  });

  it('sandbox-runtime config: connect and the deny-by-default proxy', async () => {
    expect(await json(srt, '--cwd', cwd, '--action', 'connect:registry.npmjs.org')).toMatchObject({ decision: 'allow' });
    expect(await json(srt, '--cwd', cwd, '--action', 'connect:npmjs.org:443')).toMatchObject({ decision: 'deny', layer: 'os-sandbox' });
  });

  it('Claude Code config: Read goes through permission rules, Bash through the sandbox', async () => {
    expect(await json(cc, '--cwd', cwd, '--home', home, '--action', 'read:~/.aws/config')).toMatchObject({ decision: 'deny', layer: 'permission-rules', rule: 'Read(~/.aws/**)' });
    expect(await json(cc, '--cwd', cwd, '--action', 'bash:npm run test --watch')).toMatchObject({ decision: 'allow', rule: 'Bash(npm run test *)' });
    expect(await json(cc, '--cwd', cwd, '--action', 'bash:make')).toMatchObject({ decision: 'allow', layer: 'os-sandbox', rule: 'sandbox.autoAllowBashIfSandboxed' });
    expect(await json(cc, '--cwd', cwd, '--action', 'connect:evil.example')).toMatchObject({ decision: 'deny', layer: 'os-sandbox' });
  });

  it('several Claude Code files merge by scope', async () => {
    const user = file('home/.claude/settings.json', { permissions: { deny: ['Bash(make)'] } });
    expect(await json(user, cc, '--cwd', cwd, '--home', home, '--action', 'bash:make')).toMatchObject({ decision: 'deny', rule: 'Bash(make)' });
    const managed = file('managed-settings.json', { permissions: { defaultMode: 'plan' } });
    // Plan mode asks before a write (measured on Claude Code 2.1.328).
    expect(await json(`project=${cc}`, managed, '--cwd', cwd, '--action', 'write:a.txt')).toMatchObject({ decision: 'ask', reason: expect.stringContaining('plan') as unknown as string });
  });

  it('human-readable output names the decision, layer and rule (a real process)', () => {
    const r = spawned('explain', srt, '--cwd', cwd, '--home', home, '--action', 'read:~/.aws/credentials');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^DENY {2}\(os-sandbox, rule denyRead "~\/\.aws"\)\n/);
  });

  it.each([
    [['explain', srt, '--action', 'read:x'], /missing --cwd/],
    [['explain', srt, '--cwd', cwd], /missing --action/],
    [['explain', srt, '--cwd', cwd, '--action', 'frob:x'], /--action must start with/],
    [['explain', srt, '--cwd', cwd, '--action', 'connect:host:99999'], /port 1-65535/],
    [['explain', join(dir, 'nope.json'), '--cwd', cwd, '--action', 'read:x'], /cannot read config .*no such file/],
    [['explain', file('bad.json', '{"network": {'), '--cwd', cwd, '--action', 'read:x'], /not valid JSON/],
    [['explain', file('broad.json', { network: { allowedDomains: ['*.com'], deniedDomains: [] }, filesystem: { denyRead: [], allowWrite: [], denyWrite: [] } }), '--cwd', cwd, '--action', 'read:x'], /network\.allowedDomains\[0\]: "\*\.com" is too broad/],
    [['explain', '--cwd', cwd, '--action', 'read:x'], /missing CONFIG/],
    [['explain', srt, '--cwd', cwd, '--action', 'read:x', '--bogus'], /unknown option --bogus/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('bad input %j exits 2 with one line on stderr', async (args, message) => {
    const r = await cli(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
