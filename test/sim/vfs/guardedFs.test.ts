import { Bash, InMemoryFs } from 'just-bash';
import { describe, expect, it } from 'vitest';
import { GuardedFs, type FsAccess, type GuardOp, type GuardResult } from '../../../src/sim/vfs/guardedFs.ts';
import type { FsOp } from '../../../src/sim/core/events.ts';

function setup() {
  const inner = new InMemoryFs({ '/home/u/.aws/credentials': 'SECRET', '/w/a.txt': 'hello', '/w/ro/x': 'x' });
  const records: { op: FsOp; path: string; ok: boolean }[] = [];
  const guard = {
    check(op: GuardOp, a: FsAccess): GuardResult {
      if (a.realPath.startsWith('/home/u/.aws')) return { ok: false, failure: 'ENOENT', layer: 'os-sandbox', rule: 'denyRead ~/.aws', reason: 'hidden' };
      if (op !== 'read' && op !== 'stat' && a.realPath.startsWith('/w/ro')) return { ok: false, failure: 'EROFS', layer: 'mounts', rule: 'read-only', reason: 'ro' };
      return { ok: true };
    },
    record(op: FsOp, a: FsAccess, r: GuardResult) {
      records.push({ op, path: a.path, ok: r.ok });
    },
  };
  const fs = new GuardedFs(inner, guard);
  return { fs, inner, records, bash: new Bash({ fs, cwd: '/w', env: { HOME: '/home/u' } }) };
}

describe('GuardedFs', () => {
  it('refuses a denied read with the errno and records it', async () => {
    const { bash, records } = setup();
    const r = await bash.exec('cat ~/.aws/credentials');
    expect(r.exitCode).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(records).toContainEqual({ op: 'read', path: '/home/u/.aws/credentials', ok: false });
  });
  it('hides a denied directory, so listing it shows nothing', async () => {
    const { bash } = setup();
    expect((await bash.exec('ls -a ~')).stdout).not.toContain('.aws');
  });
  it('turns writes and deletes under a read-only path into EROFS and leaves the data alone', async () => {
    const { fs, inner, bash } = setup();
    await expect(fs.writeFile('/w/ro/x', 'y')).rejects.toThrow(/EROFS: read-only file system/);
    await bash.exec('rm /w/ro/x');
    // just-bash lets a refused redirect write reject exec(); the engine's shell runner turns that into a failed step.
    await bash.exec('echo changed > /w/ro/x').catch(() => undefined);
    expect(await inner.readFile('/w/ro/x')).toBe('x');
  });
  it('lets allowed operations through and reports a fixed mtime', async () => {
    const { fs, bash } = setup();
    expect((await bash.exec('cat a.txt')).stdout).toBe('hello');
    await bash.exec('echo new > b.txt');
    expect((await fs.stat('/w/b.txt')).mtime.getTime()).toBe(Date.UTC(2026, 0, 1));
  });
  it('validates a symlink by where it really points', async () => {
    const { fs, bash } = setup();
    await fs.symlink('/home/u/.aws', '/w/link');
    expect((await bash.exec('cat /w/link/credentials')).stdout).toBe('');
  });
});
