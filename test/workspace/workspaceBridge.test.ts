import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { MemoryWorkspace } from '../../src/workspace/memoryWorkspace.ts';
import { connectWorkspace, serveWorkspace, type PortLike } from '../../src/workspace/workspaceBridge.ts';
import type { WatchEvent } from '../../src/workspace/workspace.ts';

function pair(files = { '/home/user/a.txt': 'a' }) {
  const { port1, port2 } = new MessageChannel();
  port1.unref();
  port2.unref();
  const backend = new MemoryWorkspace(files);
  const stop = serveWorkspace(backend, port1 as unknown as PortLike);
  const remote = connectWorkspace(port2 as unknown as PortLike, 'memory');
  return { backend, remote, stop, port2 };
}

describe('workspace bridge', () => {
  it('lands remote writes in the backend and keeps getAllPaths current', async () => {
    const { backend, remote } = pair();
    await remote.ready;
    expect(remote.getAllPaths()).toContain('/home/user/a.txt');
    await remote.writeFile('/home/user/b.txt', new Uint8Array([1, 2, 3]));
    expect(await backend.readFileBuffer('/home/user/b.txt')).toEqual(new Uint8Array([1, 2, 3]));
    expect(remote.getAllPaths()).toContain('/home/user/b.txt');
  });

  it('carries errors with their code and message', async () => {
    const { remote } = pair();
    const error = await remote.readFile('/nope').then(() => null, (e: unknown) => e as Error & { code?: string });
    expect(error?.message).toBe("ENOENT: no such file or directory, open '/nope'");
    expect(error?.code).toBe('ENOENT');
  });

  it('forwards watch events until unsubscribed', async () => {
    const { backend, remote } = pair();
    const events: WatchEvent[] = [];
    const stop = remote.watch('/home', (e) => events.push(e));
    await remote.ready;
    let n = 0;
    // The subscription crosses the channel asynchronously; write until the first event arrives.
    await vi.waitFor(async () => {
      await backend.writeFile('/home/user/a.txt', String(n++));
      expect(events.length).toBeGreaterThan(0);
    });
    expect(events[0]).toEqual({ kind: 'change', path: '/home/user/a.txt' });
    stop();
    await new Promise((r) => setTimeout(r, 20));
    const seen = events.length;
    await backend.writeFile('/home/user/c.txt', 'x');
    await new Promise((r) => setTimeout(r, 20));
    expect(events.length).toBe(seen);
  });

  it('refuses operations outside the port and stops serving when told', async () => {
    const { remote, stop, port2 } = pair();
    await remote.ready;
    const answer = new Promise<unknown>((resolve) => port2.once('message', resolve));
    port2.postMessage({ bridge: 'ws', id: 999, op: 'constructor', args: [] });
    expect(await answer).toEqual({ bridge: 'ws', id: 999, ok: false, message: 'workspace bridge: unknown operation "constructor"', code: null });
    stop();
    const late = Promise.race([remote.exists('/home'), new Promise((r) => setTimeout(() => r('no answer'), 50))]);
    expect(await late).toBe('no answer');
  });
});
