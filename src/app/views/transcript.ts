// The agent's terminal transcript from the event log: each tool call as a prompt line and its real
// output, colored with ANSI escapes for xterm. Pure, so the same text can be tested in Node.
import type { SimEvent } from '../../sim/core/events.ts';
import { escapeControl, escapeControlLine } from '../../sim/core/controlChars.ts';

const RESET = '\x1b[0m';
const DIM = '\x1b[2m';
const RED = '\x1b[31m';
const GREEN = '\x1b[32m';
const YELLOW = '\x1b[33m';
const MAGENTA = '\x1b[35m';
const CYAN = '\x1b[36m';

/** xterm wants CRLF; tool output uses LF. Content is escaped first, so only our own colours reach xterm. */
const crlf = (text: string) => escapeControl(text.replace(/\r\n/g, '\n')).replace(/\n/g, '\r\n');
const one = escapeControlLine;

export function transcriptText(events: readonly SimEvent[], uptoStep: number): string {
  const out: string[] = [];
  for (const e of events) {
    if (e.step > uptoStep) break;
    switch (e.type) {
      case 'user-prompt':
        out.push(`${CYAN}${e.origin === 'pasted' ? 'user (pasted)' : 'user'}>${RESET} ${crlf(e.text)}\r\n`);
        break;
      case 'tool-call': {
        const marker = e.origin === 'injection' ? `${MAGENTA}[injected]${RESET} ` : '';
        const line = e.tool === 'Bash' ? `${GREEN}$${RESET} ${crlf(e.input)}` : `${YELLOW}● ${one(e.tool)}${RESET}(${one(e.input)})`;
        out.push(`${marker}${line}${e.sandboxed ? ` ${DIM}(sandboxed)${RESET}` : ''}\r\n`);
        break;
      }
      case 'tool-result': {
        const text = e.output.endsWith('\n') || e.output === '' ? e.output : `${e.output}\n`;
        out.push(e.ok ? crlf(text) : `${RED}${crlf(text)}${RESET}`);
        break;
      }
      case 'approval-asked':
        out.push(`${YELLOW}? Allow ${one(e.tool)}: ${one(e.input)}${RESET}\r\n`);
        break;
      case 'approval-answered':
        out.push(`${e.approved ? GREEN : RED}  ${e.approved ? 'approved' : 'denied'} (${e.by})${RESET}\r\n`);
        break;
      case 'crash':
        out.push(`${RED}!! ${one(e.component)} crashed: ${one(e.message)}${RESET}\r\n`);
        break;
      case 'run-finished':
        if (e.stopped) out.push(`${RED}!! ${e.stopped.message}${RESET}\r\n`);
        break;
      default:
        break;
    }
  }
  return out.join('');
}

/** The same transcript without escapes, for screen readers, tests and the copy button. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, '').replace(/\r\n/g, '\n');
}
