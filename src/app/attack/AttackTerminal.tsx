// The learner's terminal: an xterm with a one-line editor. Enter hands the line to the session, which
// runs it in the engine and hands back the whole attempt's transcript; the terminal then redraws from
// it, so what is on screen is always what the engine logged. Loaded only with the Attack view.
import { useEffect, useRef } from 'react';
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import { fitOnResize } from '../terminal/fitOnResize.ts';
import { letFocusLeave } from '../terminal/focusExit.ts';
import { READABLE_ANSI } from '../terminal/palette.ts';
import { PROMPT } from './transcript.ts';

interface Props {
  /** The attempt so far, ready for xterm (escaped, CRLF). */
  text: string;
  busy: boolean;
  onSubmit(line: string): void;
  /** Something for the learner outside the transcript (a bad command). */
  message: string | null;
}

const ESC = String.fromCharCode(27);

export default function AttackTerminal({ text, busy, onSubmit, message }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const term = useRef<Terminal | null>(null);
  const line = useRef('');
  const history = useRef<string[]>([]);
  const back = useRef(0);
  const submit = useRef(onSubmit);
  const busyRef = useRef(busy);
  submit.current = onSubmit;
  busyRef.current = busy;

  useEffect(() => {
    if (!host.current) return;
    const terminal = new Terminal({
      cursorBlink: true, fontSize: 13, rows: 16, scrollback: 3000, convertEol: false,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
      theme: { ...READABLE_ANSI, background: '#0f172a', foreground: '#e2e8f0' },
    });
    const fit = new FitAddon();
    terminal.loadAddon(fit);
    terminal.open(host.current);
    letFocusLeave(terminal, 'interactive');
    terminal.textarea?.setAttribute('aria-label', 'Attack terminal: type a command and press Enter');
    term.current = terminal;
    const replaceLine = (next: string) => {
      terminal.write('\b \b'.repeat(line.current.length));
      line.current = next;
      terminal.write(next);
    };
    const data = terminal.onData((d) => {
      if (busyRef.current) return;
      if (d === '\r') {
        const typed = line.current;
        line.current = '';
        terminal.write('\r\n');
        if (typed.trim() !== '') {
          history.current.push(typed);
          back.current = 0;
          submit.current(typed);
        } else terminal.write(PROMPT);
        return;
      }
      if (d === '\x7f' || d === '\b') {
        if (line.current.length > 0) {
          line.current = line.current.slice(0, -1);
          terminal.write('\b \b');
        }
        return;
      }
      if (d === `${ESC}[A` || d === `${ESC}[B`) {
        const h = history.current;
        back.current = Math.max(0, Math.min(h.length, back.current + (d === `${ESC}[A` ? 1 : -1)));
        replaceLine(back.current === 0 ? '' : h[h.length - back.current] ?? '');
        return;
      }
      if (d.startsWith(ESC)) return;
      // Typed or pasted text: one line only; control characters are dropped.
      const clean = [...d.replace(/\r?\n/g, ' ')].filter((c) => c >= ' ').join('');
      line.current += clean;
      terminal.write(clean);
    });
    const stopFitting = fitOnResize(host.current, fit);
    return () => {
      stopFitting();
      data.dispose();
      terminal.dispose();
      term.current = null;
    };
  }, []);

  useEffect(() => {
    const terminal = term.current;
    if (!terminal) return;
    terminal.reset();
    terminal.write(text);
    if (message) terminal.write(`${ESC}[33m${message.replace(/\n/g, '\r\n')}${ESC}[0m\r\n`);
    if (!busy) terminal.write(`${PROMPT}${line.current}`);
  }, [text, busy, message]);

  return <div ref={host} className="attack-xterm" data-testid="attack-terminal" />;
}
