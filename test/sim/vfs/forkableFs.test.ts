// ForkableFs leans on how just-bash's InMemoryFs keeps its entries (src/sim/vfs/forkableFs.ts); these
// pin that a snapshot never changes afterwards and that the digest sees exactly the visible state.
import { describe, expect, it } from 'vitest';
import { ForkableFs, type FsObservation } from '../../../src/sim/vfs/forkableFs.ts';

async function filled(): Promise<ForkableFs> {
  const fs = new ForkableFs();
  await fs.mkdir('/p/src', { recursive: true });
  await fs.writeFile('/p/src/a.ts', 'export const a = 1;\n');
  await fs.writeFile('/p/run.sh', 'echo hi\n');
  return fs;
}

describe('ForkableFs', () => {
  it('puts a saved state back exactly, whatever happened in between (writes, appends, removals, chmod, links)', async () => {
    const fs = await filled();
    const before = fs.digest();
    const saved = fs.save();
    await fs.appendFile('/p/src/a.ts', 'more\n');
    await fs.writeFile('/p/new.txt', 'x');
    await fs.chmod('/p/run.sh', 0o755);
    await fs.symlink('/p/src', '/p/link');
    await fs.rm('/p/src', { recursive: true });
    expect(fs.digest()).not.toBe(before);
    fs.load(saved);
    expect(fs.digest()).toBe(before);
    expect(await fs.readFile('/p/src/a.ts')).toBe('export const a = 1;\n');
    expect(await fs.exists('/p/new.txt')).toBe(false);
    expect((await fs.stat('/p/run.sh')).mode).toBe(0o644);
    // The same snapshot loads again after more changes.
    await fs.chmod('/p/run.sh', 0o700);
    fs.load(saved);
    expect((await fs.stat('/p/run.sh')).mode).toBe(0o644);
  });

  it('digests content, not history: the same files written in another order digest the same', async () => {
    const a = await filled();
    const b = new ForkableFs();
    await b.mkdir('/p/src', { recursive: true });
    await b.writeFile('/p/run.sh', 'old');
    await b.writeFile('/p/src/a.ts', 'export const a = 1;\n');
    await b.writeFile('/p/run.sh', 'echo hi\n');
    expect(b.digest()).toBe(a.digest());
    await b.chmod('/p/run.sh', 0o755);
    expect(b.digest()).not.toBe(a.digest());
    await a.chmod('/p/run.sh', 0o755);
    expect(b.digest()).toBe(a.digest());
    await a.writeFile('/p/src/a.ts', 'export const a = 2;\n');
    expect(b.digest()).not.toBe(a.digest());
  });

  it('keeps hard links the same file across a snapshot (test -ef compares identities)', async () => {
    const fs = await filled();
    await fs.link('/p/run.sh', '/p/run2.sh');
    const saved = fs.save();
    await fs.chmod('/p/src/a.ts', 0o600);
    fs.load(saved);
    expect((await fs.stat('/p/run.sh')).identity).toBe((await fs.stat('/p/run2.sh')).identity);
    expect((await fs.stat('/p/run.sh')).identity).not.toBe((await fs.stat('/p/src/a.ts')).identity);
  });

  it('reports each call with a fingerprint of its outcome, and a replayed call fingerprints the same only if it returns the same', async () => {
    const fs = await filled();
    const seen: FsObservation[] = [];
    fs.observe(seen);
    await fs.readFile('/p/run.sh');
    await fs.stat('/p/src/a.ts');
    await fs.exists('/nope');
    await fs.readFile('/nope').catch(() => undefined);
    await fs.writeFile('/p/out.txt', 'x');
    fs.observe(null);
    await fs.readFile('/p/run.sh');
    expect(seen.map((o) => o.op)).toEqual(['readFileBuffer', 'readFile', 'stat', 'exists', 'readFileBuffer', 'readFile', 'writeFile']);
    fs.restartIdentities();
    for (const o of seen) expect(await fs.apply(o.op, o.args)).toBe(o.fp);
    // mtimes are not part of a stat's fingerprint; contents are.
    await fs.writeFile('/p/src/a.ts', 'export const a = 1;\n');
    fs.restartIdentities();
    expect(await fs.apply('readFile', ['/p/src/a.ts'])).toBe('sexport const a = 1;\n');
    await fs.writeFile('/p/run.sh', 'echo bye\n');
    expect(await fs.apply('readFile', ['/p/run.sh'])).not.toBe(seen[1]?.fp);
    expect(seen).toHaveLength(7);
  });
});

