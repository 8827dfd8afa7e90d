import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useWorkspaceBoot } from '../../../src/app/files/useWorkspaceBoot.ts';
import { BootManager, type WebContainerLike } from '../../../src/workspace/boot.ts';
import { FakeWebContainerFs, asFileSystemAPI } from '../../workspace/fakeWebContainerFs.ts';

describe('useWorkspaceBoot', () => {
  it('switches the factory to the WebContainer once it is ready, and keeps it stable otherwise', async () => {
    const container = { fs: asFileSystemAPI(new FakeWebContainerFs()), spawn: vi.fn() } as unknown as WebContainerLike;
    let finish!: (c: WebContainerLike) => void;
    const boot = new BootManager({
      isolated: () => true,
      boot: () => new Promise((resolve) => { finish = resolve; }),
      timeoutMs: 8000,
      setTimer: () => () => undefined,
    });
    const { result, rerender } = renderHook(() => useWorkspaceBoot(boot));
    const first = result.current.factory;
    rerender();
    expect(result.current.factory).toBe(first);
    expect(first('cowork').kind).toBe('memory');
    let started!: Promise<unknown>;
    act(() => { started = boot.start(); });
    expect(result.current.snapshot.state).toBe('booting');
    await act(async () => { finish(container); await started; });
    expect(result.current.snapshot.state).toBe('ready');
    expect(result.current.container).toBe(container);
    expect(result.current.factory('cowork').kind).toBe('webcontainer');
  });
});
