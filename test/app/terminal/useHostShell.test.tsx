// The host shell hook: when the workspace is replaced (the WebContainer finished booting), the keys
// typed into the old shell and not yet run are typed into the new one.
import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { useHostShell } from '../../../src/app/terminal/useHostShell.ts';
import { MemoryWorkspace } from '../../../src/workspace/memoryWorkspace.ts';
import type { Workspace } from '../../../src/workspace/workspace.ts';

describe('useHostShell', () => {
  it('carries a half-typed line over to the shell that replaces it', () => {
    const first = new MemoryWorkspace({ '/home/user/a': 'a' });
    const second = new MemoryWorkspace({ '/home/user/a': 'a' });
    const { result, rerender, unmount } = renderHook(({ ws }: { ws: Workspace }) => useHostShell(ws, null, '/home/user'), { initialProps: { ws: first as Workspace } });
    const before = result.current;
    before?.write('cat a');
    rerender({ ws: second });
    expect(result.current).not.toBe(before);
    expect(result.current?.unsent?.()).toBe('cat a');
    unmount();
  });
});
