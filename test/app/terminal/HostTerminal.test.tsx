import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { HostTerminal } from '../../../src/app/terminal/HostTerminal.tsx';
import type { TerminalView } from '../../../src/app/terminal/xtermView.ts';
import { OutputChannel, type HostShell } from '../../../src/workspace/hostShell.ts';
import { createJustBashShell } from '../../../src/workspace/justBashShell.ts';
import { MemoryWorkspace } from '../../../src/workspace/memoryWorkspace.ts';

function recordingShell() {
  const output = new OutputChannel();
  const shell: HostShell & { typed: string[] } = {
    typed: [],
    write: (input) => { shell.typed.push(input); },
    onOutput: (listener) => output.subscribe(listener),
    resize: vi.fn(),
    dispose: vi.fn(),
  };
  return { shell, output };
}

// Generous: these wait on real async filesystem work and watch debouncing on a shared machine.
const WAIT = { timeout: 5000 };

describe('HostTerminal', () => {
  it('labels itself as outside the containment and loads the terminal view only on mount', async () => {
    const { shell } = recordingShell();
    const dispose = vi.fn();
    const mountTerminal = vi.fn((_el: HTMLElement, _s: HostShell) => ({ dispose, fit: vi.fn() }) as unknown as TerminalView);
    const loadView = vi.fn(async () => ({ mountTerminal }));
    const { unmount } = render(<HostTerminal shell={shell} loadView={loadView} />);
    expect(screen.getByTestId('host-terminal-label').textContent).toBe("Host view, outside the agent's containment");
    await waitFor(() => expect(mountTerminal).toHaveBeenCalledTimes(1), WAIT);
    expect(mountTerminal.mock.calls[0]?.[1]).toBe(shell);
    unmount();
    expect(dispose).toHaveBeenCalledTimes(1);
    expect(shell.dispose).not.toHaveBeenCalled();
  });

  it('reports a terminal that cannot load', async () => {
    const { shell } = recordingShell();
    render(<HostTerminal shell={shell} loadView={() => Promise.reject(new Error('chunk load failed'))} />);
    expect((await screen.findByRole('alert', undefined, WAIT)).textContent).toContain('chunk load failed');
  });

  it('runs ls and cat in a real xterm over the just-bash host shell', async () => {
    const ws = new MemoryWorkspace({ '/home/user/notes.txt': 'left by the agent\n', '/home/user/out/result.json': '{}' });
    // happy-dom's timers read performance.now, which just-bash's Node-only defence-in-depth blocks
    // inside a script; browsers have no such scoping, so the defence is inactive there anyway.
    const shell = createJustBashShell(ws, { cwd: '/home/user', bashOptions: { defenseInDepth: false } });
    let view: TerminalView | null = null;
    const loadView = async () => {
      const real = await import('../../../src/app/terminal/xtermView.ts');
      return { mountTerminal: (el: HTMLElement, s: HostShell) => (view = real.mountTerminal(el, s)) };
    };
    const { unmount } = render(<HostTerminal shell={shell} loadView={loadView} />);
    await waitFor(() => expect(view).not.toBeNull(), WAIT);
    const screenText = () => {
      const buffer = (view as TerminalView).terminal.buffer.active;
      const lines: string[] = [];
      for (let i = 0; i < buffer.length; i++) lines.push(buffer.getLine(i)?.translateToString(true) ?? '');
      return lines.join('\n');
    };
    const term = (view as unknown as TerminalView).terminal;
    term.input('ls\r');
    await waitFor(() => expect(screenText()).toMatch(/\$ ls\nnotes.txt\nout\n/), WAIT);
    term.input('cat notes.txt\r');
    await waitFor(() => expect(screenText()).toContain('$ cat notes.txt\nleft by the agent\n'), WAIT);
    expect(screenText()).toContain("Host view, outside the agent's containment");
    unmount();
    shell.dispose();
  });
});
