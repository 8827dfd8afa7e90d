import { describe, expect, it, vi } from 'vitest';
import { MemoryWorkspace } from '../../src/workspace/memoryWorkspace.ts';
import { createJustBashShell } from '../../src/workspace/justBashShell.ts';
import type { HostShell } from '../../src/workspace/hostShell.ts';

const PROMPT_END = '\x1b[0m$ ';
// eslint-disable-next-line no-control-regex -- strip ANSI colour codes to compare plain text
const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

function attach(shell: HostShell) {
  let out = '';
  shell.onOutput((data) => { out += data; });
  const prompts = () => out.split(PROMPT_END).length - 1;
  return {
    get text() { return plain(out); },
    async run(line: string) {
      const before = prompts();
      const start = out.length;
      shell.write(line + '\r');
      await vi.waitFor(() => expect(prompts()).toBeGreaterThan(before));
      return plain(out.slice(start));
    },
  };
}

function world() {
  return new MemoryWorkspace({ '/home/user/notes.txt': 'hello host\n', '/home/user/docs/a.md': '# A\n' });
}

describe('just-bash host shell', () => {
  it('greets with the host-view label and a prompt, even before anyone listens', async () => {
    const shell = createJustBashShell(world(), { cwd: '/home/user' });
    const term = attach(shell);
    expect(term.text).toContain("Host view, outside the agent's containment");
    expect(term.text).toContain('host:/home/user$ ');
    shell.dispose();
  });

  it('runs ls and cat against the world, with terminal line endings', async () => {
    const shell = createJustBashShell(world(), { cwd: '/home/user' });
    const term = attach(shell);
    expect(await term.run('ls')).toBe('ls\r\ndocs\r\nnotes.txt\r\nhost:/home/user$ ');
    expect(await term.run('cat notes.txt')).toContain('hello host\r\n');
    shell.dispose();
  });

  it('keeps cd and exported variables from one line to the next', async () => {
    const shell = createJustBashShell(world(), { cwd: '/home/user' });
    const term = attach(shell);
    await term.run('cd docs');
    await term.run('export WHO=learner');
    const out = await term.run('pwd; echo $WHO');
    expect(out).toContain('/home/user/docs\r\nlearner\r\n');
    expect(out).toMatch(/host:\/home\/user\/docs\$ $/);
    shell.dispose();
  });

  it('shows errors, and its edits land in the workspace', async () => {
    const ws = world();
    const shell = createJustBashShell(ws, { cwd: '/home/user' });
    const term = attach(shell);
    expect(await term.run('cat missing.txt')).toContain('No such file or directory');
    await term.run('echo edited > notes.txt');
    expect(await ws.readFile('/home/user/notes.txt')).toBe('edited\n');
    // Errors just-bash throws instead of reporting still reach the terminal.
    expect(await term.run('echo x > /no/such/dir/f')).toMatch(/bash: ENOENT/);
    shell.dispose();
  });

  it('recalls history with Up and clears the line on Ctrl-C', async () => {
    const shell = createJustBashShell(world(), { cwd: '/home/user' });
    const term = attach(shell);
    await term.run('echo first');
    shell.write('partial\x03');
    expect(term.text).toContain('partial^C\r\n');
    const out = await term.run('\x1b[A');
    expect(out).toContain('first\r\n');
    shell.dispose();
  });

  it('does not add just-bash /bin and /proc stubs to the world', async () => {
    const ws = world();
    const shell = createJustBashShell(ws, { cwd: '/home/user' });
    await attach(shell).run('ls /');
    expect(ws.getAllPaths().filter((p) => /^\/(bin|proc|dev|usr)\b/.test(p))).toEqual([]);
    shell.dispose();
  });

  it('replays keys typed while a command runs, and stays silent after dispose', async () => {
    const shell = createJustBashShell(world(), { cwd: '/home/user' });
    const term = attach(shell);
    shell.write('echo a\r');
    shell.write('echo b\r');
    await vi.waitFor(() => expect(term.text).toMatch(/b\r\nhost:\/home\/user\$ $/));
    expect(term.text).toMatch(/a\r\n[\s\S]*echo b\r\nb\r\n/);
    shell.dispose();
    const length = term.text.length;
    shell.write('ls\r');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(term.text.length).toBe(length);
  });
});
