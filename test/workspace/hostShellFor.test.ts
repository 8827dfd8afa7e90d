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
  it("makes ~ the world's home, not the project the shell starts in (jsh and just-bash)", async () => {
    const { spawn, container: wc } = container();
    createHostShellFor(new WebContainerWorkspace(wc.fs, 'claude-code', {}), wc, { cwd: '/home/dev/projects/webapp', home: '/home/dev' }).dispose();
    expect(spawn).toHaveBeenCalledWith('jsh', { cwd: 'worlds/claude-code/home/dev/projects/webapp', terminal: { cols: 80, rows: 24 }, env: { HOME: 'worlds/claude-code/home/dev' } });

    const shell = createHostShellFor(new MemoryWorkspace({ '/home/dev/.aws/credentials': 'aws_secret=canary-1', '/home/dev/projects/webapp/README.md': 'hi' }), null, { cwd: '/home/dev/projects/webapp', home: '/home/dev' });
    let out = '';
    shell.onOutput((d) => { out += d; });
    shell.write('cat ~/.aws/credentials\r');
    await vi.waitFor(() => expect(out).toContain('aws_secret=canary-1'), { timeout: 10_000 });
    shell.write('pwd\r');
    await vi.waitFor(() => expect(out).toContain('/home/dev/projects/webapp\r\n'), { timeout: 10_000 });
    shell.dispose();
  });
  it('hands over what was typed and not yet run, so a shell replaced during the boot loses no keys', () => {
    const { container: wc } = container();
    const booting = createHostShellFor(new WebContainerWorkspace(wc.fs, 'cowork', {}), wc, { cwd: '/home/user' });
    booting.write('cat ~/notes');
    expect(booting.unsent?.()).toBe('cat ~/notes');
    booting.dispose();
    const memory = createHostShellFor(new MemoryWorkspace({ '/home/user/a': 'a' }), null, { cwd: '/home/user' });
    memory.write('ls -l');
    expect(memory.unsent?.()).toBe('ls -l');
    memory.dispose();
  });
});
