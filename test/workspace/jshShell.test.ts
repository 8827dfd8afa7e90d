// jsh over a fake WebContainerProcess built from real Web Streams, the types spawn() returns.
import { describe, expect, it, vi } from 'vitest';
import type { SpawnOptions, WebContainerProcess } from '@webcontainer/api';
import type { WebContainerLike } from '../../src/workspace/boot.ts';
import { createJshShell } from '../../src/workspace/jshShell.ts';

function fakeJsh() {
  const typed: string[] = [];
  let push!: (chunk: string) => void;
  let finish!: (code: number) => void;
  const proc = {
    input: new WritableStream<string>({ write: (chunk) => { typed.push(chunk); } }),
    output: new ReadableStream<string>({ start: (controller) => { push = (c) => controller.enqueue(c); } }),
    exit: new Promise<number>((resolve) => { finish = resolve; }),
    kill: vi.fn(),
    resize: vi.fn(),
  } satisfies WebContainerProcess;
  const spawn = vi.fn(async (_command: string, _options?: SpawnOptions) => proc);
  const container = { fs: {}, spawn } as unknown as WebContainerLike;
  return { container, spawn, proc, typed, push: (c: string) => push(c), finish: (c: number) => finish(c) };
}

describe('jsh host shell', () => {
  it('spawns jsh in the world directory with the terminal size', async () => {
    const fake = fakeJsh();
    const shell = createJshShell(fake.container, { cwd: 'worlds/cowork', cols: 100, rows: 30 });
    await vi.waitFor(() => expect(fake.spawn).toHaveBeenCalledWith('jsh', { cwd: 'worlds/cowork', terminal: { cols: 100, rows: 30 } }));
    shell.dispose();
  });

  it('pipes process output to the terminal and keystrokes to the process, including ones typed early', async () => {
    const fake = fakeJsh();
    const shell = createJshShell(fake.container, { cwd: 'worlds/cowork' });
    let out = '';
    shell.onOutput((data) => { out += data; });
    shell.write('l');
    shell.write('s\r');
    await vi.waitFor(() => expect(fake.typed.join('')).toBe('ls\r'));
    fake.push('notes.txt\r\n❯ ');
    await vi.waitFor(() => expect(out).toContain('notes.txt\r\n❯ '));
    expect(out).toContain("Host view, outside the agent's containment");
    shell.dispose();
  });

  it('forwards resizes, reports exit, and kills the process on dispose', async () => {
    const fake = fakeJsh();
    const shell = createJshShell(fake.container, { cwd: 'worlds/cowork' });
    let out = '';
    shell.onOutput((data) => { out += data; });
    shell.resize(120, 40);
    await vi.waitFor(() => expect(fake.proc.resize).toHaveBeenLastCalledWith({ cols: 120, rows: 40 }));
    fake.finish(130);
    await vi.waitFor(() => expect(out).toContain('[jsh exited with code 130]'));
    shell.dispose();
    await vi.waitFor(() => expect(fake.proc.kill).toHaveBeenCalled());
  });

  it('says so when jsh cannot start', async () => {
    const fake = fakeJsh();
    fake.spawn.mockRejectedValueOnce(new Error('WebContainer was torn down'));
    const shell = createJshShell(fake.container, { cwd: 'worlds/cowork' });
    let out = '';
    shell.onOutput((data) => { out += data; });
    await vi.waitFor(() => expect(out).toContain('could not start jsh: WebContainer was torn down'));
    shell.dispose();
  });
});
