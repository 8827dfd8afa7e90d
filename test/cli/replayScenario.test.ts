// `containment-lab replay --scenario FILE`: an authored scenario run headless with the page's
// validation and the engine's limits, so authors and CI can test one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/replay.ts';
import { pasteSiteLeak } from '../../src/sim/authoring/examples.ts';
import { hostileSpec } from '../sim/run/hostile.ts';

const dir = mkdtempSync(join(tmpdir(), 'cl-replay-scenario-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, value: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value));
  return p;
};

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; } });
  return { code, stdout, stderr };
}

describe('containment-lab replay --scenario', () => {
  it('runs an authored scenario and prints its verdict; the same seed gives the same JSON', async () => {
    const f = file('leak.json', pasteSiteLeak);
    const r = await cli('--scenario', f, '--product', 'claude-code', '--worst-case');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // The example's original Claude Code setup runs without the sandbox, so the leak happens.
    expect(r.stdout).toMatch(/^harm: deploy-key-leaked/m);
    expect((await cli('--scenario', f, '--config', file('shipped.json', { sandbox: { enabled: true } }), '--worst-case')).stdout).toMatch(/contained by os-sandbox/);
    const a = await cli('--scenario', f, '--json');
    expect(JSON.parse(a.stdout)).toMatchObject({ scenario: pasteSiteLeak.id, stopped: null });
    expect((await cli('--scenario', f, '--json')).stdout).toBe(a.stdout);
  });

  it.each([
    ['p=a; for i in $(seq 1 5000); do p=$p/a; done; mkdir -p $p; echo done', 'stopped: the scenario exceeded 64 path segments'],
    ['for i in $(seq 1 200000); do echo $i; done', 'stopped: the scenario exceeded 10,000 shell commands in one step'],
  ])('a runaway step ends in its named result, exit 1: %s', async (command, message) => {
    const f = file('runaway.json', hostileSpec([command]));
    const r = await cli('--scenario', f);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').at(-1)).toBe(message);
    const j = await cli('--scenario', f, '--json');
    expect(j.code).toBe(1);
    expect((JSON.parse(j.stdout) as { stopped: { message: string } }).stopped.message).toBe(message);
  });

  it.each([
    [['--scenario'], /--scenario: expected a file path/],
    [['--scenario', '/no/such/file.json'], /--scenario: cannot read \/no\/such\/file.json/],
    [['phished-prompt', '--scenario', 'x.json'], /not both/],
  ])('bad arguments: %j', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('reports every validation problem with its JSON path, as the page does', async () => {
    const bad = file('bad.json', { ...hostileSpec(['true']), harms: [{ id: 'h', kind: 'command-executed', pattern: '(a)\\1' }, { id: 'x', kind: 'file-written', path: 'relative' }] });
    const r = await cli('--scenario', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.json: harms\[1\]\.path: start with/);
    expect(file('syntax.json', '{"id": ')).toBeTruthy();
    const s = await cli('--scenario', join(dir, 'syntax.json'));
    expect(s.stderr).toMatch(/syntax\.json: \(root\): not valid JSON/);
  });
});
