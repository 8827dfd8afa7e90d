import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ATTACK_LEVELS } from '../../src/sim/attack/levels/index.ts';
import { flagFor } from '../../src/sim/attack/flag.ts';
import { cli, tempFiles } from './mainHarness.ts';

const files = tempFiles('cl-attack-');

describe('containment-lab attack', () => {
  it('--verify --json proves two levels with the real engine', async () => {
    const r = await cli('attack', '--verify', '--json', '--level', 'no-sandbox', '--level=devcontainer-port-22');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const proofs = JSON.parse(r.stdout) as { catalogueTried: number }[];
    expect(proofs).toMatchObject([
      { id: 'no-sandbox', title: 'Nothing in the way', product: 'claude-code', referenceWins: true, emptyFails: true, closedByFix: true, catalogueThrough: [] },
      { id: 'devcontainer-port-22', title: 'The firewall keeps port 22 open', product: 'devcontainer', referenceWins: true, emptyFails: true, closedByFix: true, catalogueThrough: [] },
    ]);
    expect(proofs.every((p) => p.catalogueTried > 0)).toBe(true);
  });

  it('lists the levels, and refuses an unknown level with one line', async () => {
    const list = await cli('attack');
    expect(list.code).toBe(0);
    expect(list.stdout.trim().split('\n')).toHaveLength(ATTACK_LEVELS.length);
    const bad = await cli('attack', '--verify', '--level', 'nope');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('"nope"');
  });

  it('ctf export writes a CTFd CSV whose flags are the HMAC of the key', async () => {
    const out = join(files.dir, 'ctfd.csv');
    const r = await cli('ctf', 'export', '--key', 'trainer-key', '--out', out);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.split('\n')[0]).toBe('name,description,category,value,type,state,flags');
    for (const l of ATTACK_LEVELS) expect(text).toContain(await flagFor('trainer-key', l.id));
    const json = join(files.dir, 'ctfd.json');
    expect((await cli('ctf', 'export', '--key', 'k', '--out', json, '--format', 'json')).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))[0]).toEqual(expect.objectContaining({ name: expect.any(String), description: expect.any(String), category: expect.any(String), value: expect.any(Number), flag: expect.stringMatching(/^CL\{[0-9a-f]{32}\}$/) }));
  });

  it('ctf export without a key is a usage error', async () => {
    const r = await cli('ctf', 'export', '--out', join(files.dir, 'x.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--key');
  });

  it('the installed binary proves every level (spawned, exit 0)', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['src/cli/bin.mjs', 'attack', '--verify', '--json'], { cwd: process.cwd() });
    const proofs = JSON.parse(stdout) as { referenceWins: boolean; emptyFails: boolean; closedByFix: boolean }[];
    expect(proofs).toHaveLength(ATTACK_LEVELS.length);
    expect(proofs.every((p) => p.referenceWins && p.emptyFails && p.closedByFix)).toBe(true);
  }, 60_000);
});
