// The terminal's text, rebuilt from the attempt's event log: each step the learner took as a prompt
// line, and what the agent saw back. Content from the modeled world is shown as text: control and
// escape characters are made visible before anything reaches xterm.
import { escapeControl, escapeControlLine } from '../../sim/core/controlChars.ts';
import type { SimEvent } from '../../sim/core/events.ts';

const ESC = String.fromCharCode(27);
export const PROMPT = `${ESC}[1;31magent${ESC}[0m$ `;
export const PLAIN_PROMPT = 'agent$ ';

/** The attempt as the terminal shows it; `color: false` gives plain text (screen readers, tests). */
export function terminalText(log: readonly SimEvent[], color = true): string {
  const nl = color ? '\r\n' : '\n';
  let out = '';
  for (const e of log) {
    if (e.type === 'tool-call' && e.origin === 'injection') {
      const shown = e.tool === 'Bash' ? e.input : `${e.tool} ${e.input}`;
      out += `${color ? PROMPT : PLAIN_PROMPT}${escapeControlLine(shown)}${nl}`;
    } else if (e.type === 'tool-result') {
      const text = escapeControl(e.output);
      if (text !== '') out += (text.endsWith('\n') ? text : `${text}\n`).replace(/\r?\n/g, nl);
    }
  }
  return out;
}
