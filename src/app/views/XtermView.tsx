// Loaded lazily (React.lazy) so xterm never weighs on first load. Shows a read-only transcript.
import { useEffect, useRef } from 'react';
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import { fitOnResize } from '../terminal/fitOnResize.ts';
import { letFocusLeave } from '../terminal/focusExit.ts';
import { READABLE_ANSI } from '../terminal/palette.ts';

export default function XtermView({ text, label, fontSize = 12 }: { text: string; label: string; fontSize?: number }) {
  const host = useRef<HTMLDivElement>(null);
  const term = useRef<Terminal | null>(null);
  const fitRef = useRef<FitAddon | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const terminal = new Terminal({
      convertEol: false, disableStdin: true, cursorBlink: false, fontSize: 12, rows: 12, scrollback: 2000,
      theme: { ...READABLE_ANSI, background: '#0f172a', foreground: '#e2e8f0' }, fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
    });
    const fit = new FitAddon();
    terminal.loadAddon(fit);
    fitRef.current = fit;
    terminal.open(host.current);
    letFocusLeave(terminal, 'read-only');
    term.current = terminal;
    const stopFitting = fitOnResize(host.current, fit);
    return () => {
      stopFitting();
      terminal.dispose();
      term.current = null;
    };
  }, []);

  useEffect(() => {
    const terminal = term.current;
    if (!terminal || terminal.options.fontSize === fontSize) return;
    terminal.options.fontSize = fontSize;
    try {
      fitRef.current?.fit();
    } catch {
      // Not laid out yet; the resize observer fits it.
    }
  }, [fontSize]);

  useEffect(() => {
    const terminal = term.current;
    if (!terminal) return;
    terminal.reset();
    terminal.write(text);
  }, [text]);

  return <div ref={host} className="xterm-host" role="log" aria-label={label} />;
}
