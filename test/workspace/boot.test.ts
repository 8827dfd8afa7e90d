import { afterEach, describe, expect, it, vi } from 'vitest';
import { getActiveWorkspaceFactory, workspaceFactoryFor } from '../../src/workspace/activeWorkspace.ts';
import {
  BOOT_COEP, BootManager, DEFAULT_BOOT_TIMEOUT_MS, type BootDeps, type BootSnapshot, type WebContainerLike,
  startWebContainerBoot, webContainerBoot,
} from '../../src/workspace/boot.ts';
import { isolationHeaders } from '../../vite.config.ts';
import { FakeWebContainerFs, asFileSystemAPI } from './fakeWebContainerFs.ts';

function fakeContainer(): WebContainerLike {
  return { fs: asFileSystemAPI(new FakeWebContainerFs()), spawn: vi.fn() } as unknown as WebContainerLike;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

function harness(overrides: Partial<BootDeps> = {}) {
  const timers: { run: () => void; ms: number; cancelled: boolean }[] = [];
  const deps: BootDeps = {
    isolated: () => true,
    boot: vi.fn(() => Promise.resolve(fakeContainer())),
    timeoutMs: 8000,
    setTimer: (run, ms) => {
      const timer = { run, ms, cancelled: false };
      timers.push(timer);
      return () => { timer.cancelled = true; };
    },
    ...overrides,
  };
  const manager = new BootManager(deps);
  const seen: BootSnapshot[] = [];
  manager.subscribe(() => seen.push(manager.getSnapshot()));
  const fireTimeout = () => { for (const t of timers) if (!t.cancelled) t.run(); };
  return { deps, manager, seen, timers, fireTimeout };
}

afterEach(() => { vi.useRealTimers(); });

describe('BootManager', () => {
  it('starts in memory, goes booting -> ready, and then hands out WebContainer workspaces', async () => {
    const { manager, seen, deps } = harness();
    expect(manager.getSnapshot().state).toBe('memory');
    expect(workspaceFactoryFor(manager)('cowork').kind).toBe('memory');
    expect(await manager.start()).not.toBeNull();
    expect(seen.map((s) => s.state)).toEqual(['booting', 'ready']);
    expect(workspaceFactoryFor(manager)('cowork').kind).toBe('webcontainer');
    await manager.start();
    expect(deps.boot).toHaveBeenCalledTimes(1);
  });

  it('fails fast without cross-origin isolation and never tries to boot', async () => {
    const { manager, deps } = harness({ isolated: () => false });
    expect(await manager.start()).toBeNull();
    expect(manager.getSnapshot()).toEqual({ state: 'failed', reason: expect.stringMatching(/not cross-origin isolated/) });
    expect(deps.boot).not.toHaveBeenCalled();
    expect(workspaceFactoryFor(manager)('cowork').kind).toBe('memory');
  });

  it('catches a boot failure and reports its reason', async () => {
    const { manager } = harness({ boot: () => Promise.reject(new Error('Unable to create more instances')) });
    expect(await manager.start()).toBeNull();
    expect(manager.getSnapshot()).toEqual({ state: 'failed', reason: 'Unable to create more instances' });
  });

  it('times out a boot that hangs, and a retry re-uses that same boot instead of starting another', async () => {
    const slow = deferred<WebContainerLike>();
    const { manager, deps, fireTimeout, timers } = harness({ boot: vi.fn(() => slow.promise) });
    const first = manager.start();
    expect(manager.getSnapshot().state).toBe('booting');
    expect(timers[0]?.ms).toBe(8000);
    fireTimeout();
    expect(await first).toBeNull();
    expect(manager.getSnapshot()).toEqual({ state: 'failed', reason: 'WebContainer did not boot within 8 s (offline?)' });
    const second = manager.retry();
    slow.resolve(fakeContainer());
    expect(await second).not.toBeNull();
    expect(manager.getSnapshot().state).toBe('ready');
    expect(deps.boot).toHaveBeenCalledTimes(1);
  });

  it('boots afresh on retry after a boot that actually failed', async () => {
    const boot = vi.fn<() => Promise<WebContainerLike>>()
      .mockRejectedValueOnce(new Error('network error'))
      .mockResolvedValueOnce(fakeContainer());
    const { manager } = harness({ boot });
    await manager.start();
    expect(manager.getSnapshot().state).toBe('failed');
    await manager.retry();
    expect(manager.getSnapshot().state).toBe('ready');
    expect(boot).toHaveBeenCalledTimes(2);
  });

  it('keeps the snapshot object stable between changes (useSyncExternalStore requires it)', async () => {
    const { manager } = harness();
    const before = manager.getSnapshot();
    expect(manager.getSnapshot()).toBe(before);
    await manager.start();
    expect(manager.getSnapshot()).not.toBe(before);
    expect(manager.getSnapshot()).toBe(manager.getSnapshot());
  });

  it('with no network the status turns to failed within 10 s', async () => {
    vi.useFakeTimers();
    const manager = new BootManager({
      isolated: () => true,
      boot: () => new Promise<never>(() => undefined),
      timeoutMs: DEFAULT_BOOT_TIMEOUT_MS,
      setTimer: (run, ms) => { const id = setTimeout(run, ms); return () => clearTimeout(id); },
    });
    const attempt = manager.start();
    await vi.advanceTimersByTimeAsync(9_999);
    expect(manager.getSnapshot().state).toBe('failed');
    expect(await attempt).toBeNull();
  });
});

describe('page boot manager', () => {
  it('boots with the COEP the dev and preview servers send', () => {
    expect(isolationHeaders['Cross-Origin-Embedder-Policy']).toBe(BOOT_COEP);
    expect(isolationHeaders['Cross-Origin-Opener-Policy']).toBe('same-origin');
  });

  it('falls back to memory outside a cross-origin isolated page (here: Node)', async () => {
    expect(await startWebContainerBoot()).toBeNull();
    expect(webContainerBoot.getSnapshot().state).toBe('failed');
    expect(getActiveWorkspaceFactory()('claude-ai', { '/a': 'a' }).kind).toBe('memory');
  });
});
