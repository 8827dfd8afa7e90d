// `containment-lab check` as a reviewer runs it: real files, JSON and table output, exit codes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/check.ts';
import { preset } from '../../src/sim/profile/presets.ts';
import { SCENARIO_IDS } from '../../src/sim/scenarios/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'cl-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, value: unknown): string {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return p;
}

async function check(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: { write: (s: string) => { stdout += s; } }, stderr: { write: (s: string) => { stderr += s; } } });
  return { code, stdout, stderr };
}

type CheckJson = { product: string; incidents: { id: string; contained: boolean; status: string; technique: string | null; blastRadius: { score: number; reachable: number; open: number; prompt: number; realized: number }; decidedBy: string | null }[] };

const approvalsOnly = file('loose/.claude/settings.json', { permissions: { allow: [], deny: [] } });
const sandboxed = file('tight/.claude/settings.json', {
  permissions: { deny: ['Read(~/.aws/**)'] },
  sandbox: { enabled: true, allowUnsandboxedCommands: false, network: { allowedDomains: ['github.com'] }, filesystem: { denyRead: ['~/.aws'] } },
});

describe('containment-lab check', () => {
  it('a settings.json without the sandbox: the phished prompt is not contained (exit 1), JSON exactly as DESIGN.md', async () => {
    const r = await check(approvalsOnly, '--incident', 'phished-prompt', '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as CheckJson;
    expect(Object.keys(json)).toEqual(['product', 'incidents']);
    expect(json.product).toBe('claude-code');
    const [inc] = json.incidents;
    expect(Object.keys(inc ?? {})).toEqual(['id', 'contained', 'status', 'technique', 'blastRadius', 'decidedBy']);
    expect(Object.keys(inc?.blastRadius ?? {})).toEqual(['score', 'reachable', 'open', 'prompt', 'realized']);
    expect(inc).toMatchObject({ id: 'phished-prompt', contained: false, status: 'not-contained' });
    expect(inc?.technique).toEqual(expect.any(String));
    expect(inc?.blastRadius.realized).toBeGreaterThan(0);
    expect((inc?.blastRadius.open ?? 0) + (inc?.blastRadius.prompt ?? 0)).toBe(inc?.blastRadius.reachable);
  });

  it('the same incident under a sandboxed settings.json is contained by the OS sandbox (exit 0) with a smaller reach', async () => {
    const tight = JSON.parse((await check(sandboxed, '--incident', 'phished-prompt', '--json')).stdout) as CheckJson;
    const loose = JSON.parse((await check(approvalsOnly, '--incident', 'phished-prompt', '--json')).stdout) as CheckJson;
    expect(tight.incidents[0]).toMatchObject({ contained: true, status: 'contained', technique: null, decidedBy: 'os-sandbox' });
    expect(tight.incidents[0]?.blastRadius.reachable).toBeLessThan(loose.incidents[0]?.blastRadius.reachable ?? 0);
    expect((await check(sandboxed, '--incident', 'phished-prompt')).code).toBe(0);
  });

  it('reads a sandbox-runtime settings file as the sandbox on with exactly those rules', async () => {
    const srt = file('srt.json', { network: { allowedDomains: ['github.com'], deniedDomains: [] }, filesystem: { denyRead: ['~/.aws'], allowWrite: ['.'], denyWrite: [] } });
    const r = await check(srt, '--incident', 'phished-prompt', '--json');
    // The sandbox's own rules hold every sandboxed channel, but a sandbox-runtime file says nothing about
    // Claude Code's escape hatch, which ships on: a person approving the unsandboxed retry lets it out.
    expect(JSON.parse(r.stdout)).toMatchObject({ product: 'claude-code', incidents: [{ id: 'phished-prompt', contained: false, status: 'not-contained', technique: 'escape-hatch' }] });
    const closed = file('srt-closed/.claude/settings.json', { sandbox: { enabled: true, allowUnsandboxedCommands: false, network: { allowedDomains: ['github.com'] }, filesystem: { denyRead: ['~/.aws'] } } });
    // With the hatch closed, the sandbox holds every shell channel; the Read and WebFetch tools are not in it.
    expect(JSON.parse((await check(closed, '--incident', 'phished-prompt', '--json')).stdout)).toMatchObject({ incidents: [{ status: 'not-contained', technique: 'webfetch-url' }] });
  });

  it('a product-profile JSON names its product and runs the whole catalog by default', async () => {
    const cowork = file('cowork.json', preset('cowork'));
    const r = await check(cowork, '--json');
    const json = JSON.parse(r.stdout) as CheckJson;
    expect(json.product).toBe('cowork');
    expect(json.incidents.map((i) => i.id)).toEqual([...SCENARIO_IDS]);
    expect(r.code).toBe(json.incidents.some((i) => i.status === 'not-contained' || i.status === 'prompt-only') ? 1 : 0);
    for (const i of json.incidents) expect(i.contained, i.id).toBe(i.status === 'contained');
  });

  it('merges several settings files by scope (user scope named, project scope read from where it sits)', async () => {
    const user = file('home/user-settings.json', { permissions: { defaultMode: 'dontAsk' } });
    const project = file('scoped/.claude/settings.json', { sandbox: { enabled: true, allowUnsandboxedCommands: false } });
    const out = join(dir, 'scoped.md');
    const r = await check(`user=${user}`, project, '--incident', 'phished-prompt', '--json', '--report', out);
    expect(JSON.parse(r.stdout)).toMatchObject({ incidents: [{ contained: true, decidedBy: 'permission-rules' }] });
    expect(readFileSync(out, 'utf8')).toMatch(/permission mode dontAsk[\s\S]*sandbox on \(auto-allow off, escape hatch off/);
  });

  it('prints a readable table naming the layer that held', async () => {
    const r = await check(sandboxed, '--incident', 'phished-prompt');
    expect(r.stdout).toMatch(/1 of 1 applicable incidents contained/);
    expect(r.stdout).toMatch(/phished-prompt\s+yes\s+os-sandbox/);
  });

  it('writes a Markdown report whose recommendation is the fix as a settings.json change, verified by a re-run', async () => {
    const out = join(dir, 'review.md');
    expect((await check(approvalsOnly, '--incident', 'phished-prompt', '--report', out)).code).toBe(1);
    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/\| phished-prompt \| no /);
    expect(md).toMatch(/in settings.json set "sandbox.enabled" to true/);
    expect(md).toMatch(/Verified by re-running the incident with the change: contained after the change/);
  });

  it.each([
    ['a missing file', [join(dir, 'nope.json')], /cannot read config .*nope.json: no such file/],
    ['an unknown incident', [sandboxed, '--incident', 'no-such-thing'], /unknown incident "no-such-thing"/],
    ['a product a settings file cannot configure', [sandboxed, '--product', 'cowork'], /--product cowork: Claude Code and sandbox-runtime settings configure claude-code/],
    ['a bad domain pattern', [file('bad/.claude/settings.json', { sandbox: { network: { allowedDomains: ['*.com'] } } })], /sandbox\.network\.allowedDomains\[0\]/],
    ['an invalid profile field', [file('bad-profile.json', { ...preset('claude-ai'), egress: { allowedDomains: 'x' } })], /product profile: egress\.allowedDomains/],
    ['an unknown option', [sandboxed, '--frobnicate'], /unknown option --frobnicate/],
    ['no config', [], /missing CONFIG/],
  ])('bad input (%s): exit 2, one line on stderr, nothing on stdout', async (_name, argv, message) => {
    const r = await check(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('runs from the shell through the containment-lab entry point with the same exit codes', () => {
    const bin = resolve('src/cli/bin.mjs');
    const r = spawnSync(process.execPath, [bin, 'check', approvalsOnly, '--incident', 'phished-prompt', '--json'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ product: 'claude-code' });
    const replay = spawnSync(process.execPath, [bin, 'replay', 'phished-prompt', '--json'], { encoding: 'utf8', timeout: 60_000 });
    expect(replay.status).toBe(0);
    expect(JSON.parse(replay.stdout)).toMatchObject({ scenario: 'phished-prompt' });
    const lessons = spawnSync(process.execPath, [bin, 'lessons', '--verify', '--lesson', 'blast-radius', '--json'], { encoding: 'utf8', timeout: 60_000 });
    expect(lessons.status).toBe(0);
    expect(JSON.parse(lessons.stdout)).toEqual([expect.objectContaining({ id: 'blast-radius', startFails: true, solutionPasses: true })]);
  });
});

describe('containment-lab replay --config', () => {
  it('reads the same CONFIG formats as check (here a Claude Code settings.json)', async () => {
    const { run: replay } = await import('../../src/cli/replay.ts');
    let stdout = '';
    const code = await replay(['phished-prompt', '--config', sandboxed, '--json'], { stdout: (s) => { stdout += s; }, stderr: () => {} });
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { product: string; outcome: { decidedBy: string | null } };
    expect(parsed.product).toBe('claude-code');
    expect(parsed.outcome.decidedBy).toBe('os-sandbox');
  });
});
