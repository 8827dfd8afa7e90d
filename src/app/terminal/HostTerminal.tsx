// The host terminal panel: a labelled xterm.js view over a HostShell. xterm loads on first mount,
// fits its panel and follows resizes, and is disposed on unmount; the shell belongs to the caller.
import { useEffect, useRef, useState } from 'react';
import { HOST_VIEW_LABEL, type HostShell } from '../../workspace/hostShell.ts';
import { errorMessage } from '../../workspace/fsErrors.ts';
import type { TerminalView } from './xtermView.ts';
import { TERMINAL_EXIT_HINT } from './focusExit.ts';
import './terminal.css';

type ViewModule = { mountTerminal(element: HTMLElement, shell: HostShell): TerminalView };

export interface HostTerminalProps {
  shell: HostShell;
  /** Heading above the terminal; it must make clear this is outside the agent's containment. */
  banner?: string;
  /** Injectable for tests; defaults to the lazily imported xterm module. */
  loadView?: () => Promise<ViewModule>;
}

const defaultLoadView = (): Promise<ViewModule> => import('./xtermView.ts');

export function HostTerminal({ shell, banner = HOST_VIEW_LABEL, loadView = defaultLoadView }: HostTerminalProps) {
  const host = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ kind: 'loading' | 'ready' | 'failed'; message?: string }>({ kind: 'loading' });

  useEffect(() => {
    let view: TerminalView | null = null;
    let cancelled = false;
    setState({ kind: 'loading' });
    loadView().then((module) => {
      if (cancelled || !host.current) return;
      view = module.mountTerminal(host.current, shell);
      setState({ kind: 'ready' });
    }, (error: unknown) => {
      if (!cancelled) setState({ kind: 'failed', message: errorMessage(error) });
    });
    return () => {
      cancelled = true;
      view?.dispose();
    };
  }, [shell, loadView]);

  return (
    <section className="host-terminal" data-testid="host-terminal" aria-label={banner}>
      <header className="host-terminal__banner" data-testid="host-terminal-label">{banner}</header>
      <p className="host-terminal__keys" data-testid="host-terminal-keys">{TERMINAL_EXIT_HINT}</p>
      {state.kind === 'loading' && <p role="status" className="host-terminal__note">Loading terminal…</p>}
      {state.kind === 'failed' && <p role="alert" className="host-terminal__note">The terminal could not load: {state.message}</p>}
      <div ref={host} className="host-terminal__screen" data-state={state.kind} />
    </section>
  );
}
