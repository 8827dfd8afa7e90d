import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/replay.ts';
import { preset } from '../../src/sim/profile/presets.ts';

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; } });
  return { code, stdout, stderr };
}

describe('containment-lab replay', () => {
  it('prints the phished-prompt log as JSON, identical for the same seed', async () => {
    const a = await cli(['phished-prompt', '--product', 'claude-code', '--seed', '1', '--json']);
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    const parsed = JSON.parse(a.stdout) as { product: string; profile: string; log: { type: string }[]; outcome: { prompts: number } };
    expect(parsed.product).toBe('claude-code');
    expect(parsed.profile).toBe('v1-approvals');
    expect(parsed.log[0]?.type).toBe('run-started');
    expect(parsed.log.at(-1)?.type).toBe('run-finished');
    expect(parsed.outcome.prompts).toBeGreaterThan(0);
    expect((await cli(['replay', 'phished-prompt', '--product', 'claude-code', '--seed', '1', '--json'])).stdout).toBe(a.stdout);
  });

  it('prints a readable log ending in the verdict', async () => {
    const r = await cli(['phished-prompt', '--product', 'cowork', '--seed', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/contained by mounts/);
    expect(r.stdout).toMatch(/INJECTED Bash/);
  });

  it('reads a product-profile JSON as the config', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cl-replay-'));
    const file = join(dir, 'profile.json');
    writeFileSync(file, JSON.stringify(preset('claude-code', 'shipped')));
    const r = await cli(['phished-prompt', '--config', file, '--seed', '4', '--worst-case', '--json']);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout) as { profile: string; outcome: { decidedBy: string } };
    expect(parsed.profile).toBe('shipped');
    expect(parsed.outcome.decidedBy).toBe('os-sandbox');
  });

  it.each([
    [['no-such-incident'], /unknown incident "no-such-incident"; known ids: phished-prompt/],
    [['phished-prompt', '--product', 'chatgpt'], /--product: expected one of claude-ai, claude-code, cowork, devcontainer, got chatgpt/],
    [['phished-prompt', '--seed', 'x'], /--seed: expected a non-negative integer/],
    [['phished-prompt', '--config', '/no/such/file.json'], /cannot read \/no\/such\/file.json/],
    [[], /missing incident id/],
  ])('exits 2 with one clear line for bad input %j', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('names the field that is wrong in a bad profile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cl-replay-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ ...preset('cowork'), vm: { agentLoop: 'cloud', starts: true, agentUser: 'unprivileged' } }));
    const r = await cli(['phished-prompt', '--config', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/vm\.agentLoop/);
  });
});

describe('containment-lab replay --config formats', () => {
  const write = (name: string, value: unknown) => {
    const file = join(mkdtempSync(join(tmpdir(), 'cl-replay-')), name);
    writeFileSync(file, JSON.stringify(value));
    return file;
  };

  it('runs a Claude Code settings.json: no sandbox block means no sandbox, a sandbox block contains it', async () => {
    const bare = write('settings.json', { permissions: { allow: [], deny: [] } });
    const sandboxed = write('settings.json', { sandbox: { enabled: true, autoAllowBashIfSandboxed: true } });
    const harm = async (file: string) => {
      const r = await cli(['phished-prompt', '--config', file, '--seed', '1', '--answerer', 'attentive', '--worst-case', '--json']);
      return JSON.parse(r.stdout) as { outcome: { decidedBy: string | null; prompts: number } };
    };
    const a = await harm(bare);
    expect(a.outcome.prompts).toBeGreaterThan(0);
    expect(a.outcome.decidedBy).toBe('approval-queue');
    const b = await harm(sandboxed);
    expect(b.outcome.prompts).toBe(0);
    expect(b.outcome.decidedBy).toBe('os-sandbox');
  });

  it('runs a sandbox-runtime settings file, and names the bad field of one that is wrong', async () => {
    const srt = write('srt.json', { network: { allowedDomains: [], deniedDomains: [] }, filesystem: { denyRead: ['~/.aws'], allowWrite: ['.'], denyWrite: [] } });
    const r = await cli(['phished-prompt', '--config', srt, '--worst-case', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { outcome: { exposures: unknown[] } }).outcome.exposures).toEqual([]);
    const bad = write('srt.json', { network: { allowedDomains: ['*.com'], deniedDomains: [] }, filesystem: { denyRead: [], allowWrite: [], denyWrite: [] } });
    const e = await cli(['phished-prompt', '--config', bad, '--format', 'srt']);
    expect(e.code).toBe(2);
    expect(e.stderr).toMatch(/allowedDomains/);
  });
});
