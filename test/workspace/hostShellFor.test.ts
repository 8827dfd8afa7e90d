import { describe, expect, it, vi } from 'vitest';
import type { WebContainerLike } from '../../src/workspace/boot.ts';
import { createHostShellFor } from '../../src/workspace/hostShellFor.ts';
import { MemoryWorkspace } from '../../src/workspace/memoryWorkspace.ts';
import { WebContainerWorkspace } from '../../src/workspace/webcontainerWorkspace.ts';
import { FakeWebContainerFs, asFileSystemAPI } from './fakeWebContainerFs.ts';

function container() {
  const spawn = vi.fn(() => new Promise<never>(() => undefined));
  return { spawn, container: { fs: asFileSystemAPI(new FakeWebContainerFs()), spawn } as unknown as WebContainerLike };
}

describe('createHostShellFor', () => {
  it('gives a WebContainer world a real jsh, started in that world', () => {
    const { spawn, container: wc } = container();
    const ws = new WebContainerWorkspace(wc.fs, 'cowork', {});
    const shell = createHostShellFor(ws, wc, { cwd: '/home/user' });
    expect(spawn).toHaveBeenCalledWith('jsh', { cwd: 'worlds/cowork/home/user', terminal: { cols: 80, rows: 24 } });
    shell.dispose();
  });

  it('gives an in-memory world the just-bash shell, even when a container exists', async () => {
    const { spawn, container: wc } = container();
    const shell = createHostShellFor(new MemoryWorkspace({ '/home/user/a': 'a' }), wc, { cwd: '/home/user' });
    let out = '';
    shell.onOutput((d) => { out += d; });
    expect(out).toContain('host');
    expect(out).toContain('/home/user');
    expect(spawn).not.toHaveBeenCalled();
    shell.dispose();
  });
});
