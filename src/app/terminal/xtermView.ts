// xterm.js, its fit addon and its stylesheet: this module is only ever imported dynamically (from
// HostTerminal.tsx), so none of it is in the first-load bundle.
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import type { HostShell } from '../../workspace/hostShell.ts';
import { letFocusLeave } from './focusExit.ts';
import { READABLE_ANSI } from './palette.ts';

export interface TerminalView {
  readonly terminal: Terminal;
  fit(): void;
  dispose(): void;
}

export function mountTerminal(element: HTMLElement, shell: HostShell): TerminalView {
  const terminal = new Terminal({
    cursorBlink: true,
    fontSize: 13,
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    scrollback: 5000,
    theme: { ...READABLE_ANSI, background: '#1b1d23', foreground: '#e6e6e6' },
  });
  const fitAddon = new FitAddon();
  terminal.loadAddon(fitAddon);
  terminal.open(element);
  letFocusLeave(terminal, 'interactive');

  let size = { cols: 0, rows: 0 };
  const fit = () => {
    try {
      fitAddon.fit();
    } catch {
      // An element with no layout yet (hidden tab) cannot be measured; the next resize will fit it.
      return;
    }
    if (terminal.cols !== size.cols || terminal.rows !== size.rows) {
      size = { cols: terminal.cols, rows: terminal.rows };
      shell.resize(size.cols, size.rows);
    }
  };
  fit();

  const input = terminal.onData((data) => shell.write(data));
  const stopOutput = shell.onOutput((data) => terminal.write(data));
  let frame = 0;
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(fit);
  });
  observer?.observe(element);

  return {
    terminal,
    fit,
    dispose: () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
      input.dispose();
      stopOutput();
      terminal.dispose();
    },
  };
}
