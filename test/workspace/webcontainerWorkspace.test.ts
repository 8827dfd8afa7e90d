// What only the WebContainer backend has to get right: many product worlds share one container,
// each confined to worlds/<product>, and none of the container's layout leaks into what the agent sees.
import { describe, expect, it, vi } from 'vitest';
import { WebContainerWorkspace } from '../../src/workspace/webcontainerWorkspace.ts';
import { FakeWebContainerFs, asFileSystemAPI } from './fakeWebContainerFs.ts';

describe('WebContainerWorkspace', () => {
  it('keeps each product world under its own root in one shared container', async () => {
    const fake = new FakeWebContainerFs();
    const code = new WebContainerWorkspace(asFileSystemAPI(fake), 'claude-code', { '/home/user/.aws/credentials': 'code-secret' });
    const cowork = new WebContainerWorkspace(asFileSystemAPI(fake), 'cowork', { '/home/user/.aws/credentials': 'cowork-secret' });
    await cowork.writeFile('/home/user/.aws/credentials', 'overwritten');
    expect(await code.readFile('/home/user/.aws/credentials')).toBe('code-secret');
    expect(await fake.readFile('worlds/cowork/home/user/.aws/credentials', 'utf8')).toBe('overwritten');
    expect(await fake.readFile('worlds/claude-code/home/user/.aws/credentials', 'utf8')).toBe('code-secret');
  });

  it('cannot be steered outside its root by .. or absolute paths', async () => {
    const fake = new FakeWebContainerFs();
    await fake.mkdir('outside');
    await fake.writeFile('outside/host-secret', 'host');
    const ws = new WebContainerWorkspace(asFileSystemAPI(fake), 'cowork', { '/a.txt': 'a' });
    await expect(ws.readFile('/../../outside/host-secret')).rejects.toThrow(/^ENOENT/);
    await expect(ws.readFile('../../../../home/projects/lab/outside/host-secret')).rejects.toThrow(/^ENOENT/);
    await ws.symlink('/../../outside', '/escape');
    await expect(ws.readFile('/escape/host-secret')).rejects.toThrow(/^ENOENT/);
    await ws.writeFile('/../../../x.txt', 'x');
    expect(fake.calls.every((c) => c.path.startsWith('worlds/cowork') || c.path === 'outside' || c.path === 'outside/host-secret')).toBe(true);
    expect(await fake.readFile('worlds/cowork/x.txt', 'utf8')).toBe('x');
  });

  it('replaces whatever a previous session left in the world when seeded', async () => {
    const fake = new FakeWebContainerFs();
    const first = new WebContainerWorkspace(asFileSystemAPI(fake), 'cowork', { '/old.txt': 'old' });
    await first.writeFile('/agent-wrote.txt', 'x');
    const second = new WebContainerWorkspace(asFileSystemAPI(fake), 'cowork', { '/new.txt': 'new' });
    expect(await second.readdir('/')).toEqual(['new.txt']);
  });

  it('never shows the container path in errors, even for unknown failures', async () => {
    const fake = new FakeWebContainerFs();
    const ws = new WebContainerWorkspace(asFileSystemAPI(fake), 'cowork', {});
    await ws.ready;
    const error = await ws.readFile('/missing').then(() => new Error('resolved'), (e: unknown) => e as Error);
    expect(error.message).toBe("ENOENT: no such file or directory, open '/missing'");
    vi.spyOn(fake, 'readFile').mockRejectedValueOnce(new Error('internal failure at /home/projects/lab/worlds/cowork/x'));
    const odd = await ws.readFile('/x').then(() => new Error('resolved'), (e: unknown) => e as Error);
    expect(odd.message).toMatch(/^EIO: .*'\/x'$/);
    expect(odd.message).not.toContain('worlds/cowork');
  });

  it('rejects product ids that would make odd directory names', () => {
    const fake = new FakeWebContainerFs();
    expect(() => new WebContainerWorkspace(asFileSystemAPI(fake), '../etc', {})).toThrow(/product id "..\/etc"/);
  });

  it('reports a failed seed on the first operation instead of hanging', async () => {
    const fake = new FakeWebContainerFs();
    vi.spyOn(fake, 'mkdir').mockRejectedValueOnce(Object.assign(new Error('EIO: quota exceeded'), { code: 'EIO' }));
    const ws = new WebContainerWorkspace(asFileSystemAPI(fake), 'cowork', {});
    await expect(ws.readFile('/a')).rejects.toThrow(/^EIO/);
  });

  it('lists the paths it knows for glob matching, and closes its watcher', async () => {
    const fake = new FakeWebContainerFs();
    const ws = new WebContainerWorkspace(asFileSystemAPI(fake), 'cowork', { '/docs/a.md': 'a' });
    await ws.ready;
    await ws.writeFile('/docs/b.md', 'b');
    expect(ws.getAllPaths()).toEqual(['/', '/docs', '/docs/a.md', '/docs/b.md']);
    await ws.rm('/docs', { recursive: true });
    expect(ws.getAllPaths()).toEqual(['/']);
    const stop = ws.watch('/', () => undefined);
    await vi.waitFor(() => expect(fake.watcherCount).toBe(1));
    stop();
    expect(fake.watcherCount).toBe(0);
  });
});
