// Line discipline for a shell that has no TTY of its own (just-bash): turns raw xterm input into
// echo and whole lines, the way a terminal in canonical mode does. Editing happens at the end of
// the line only: printable text, Backspace, Ctrl-C, Ctrl-U, and Up/Down through history.

export type LineAction =
  | { type: 'echo'; text: string }
  | { type: 'submit'; line: string }
  | { type: 'interrupt' };

// eslint-disable-next-line no-control-regex -- terminal escape sequences begin with ESC by definition
const ESCAPE_SEQUENCE = /^\x1b(?:\[[0-9;?]*[ -/]*[@-~]|O.|.)/;
const HISTORY_LIMIT = 200;

export class LineEditor {
  private line = '';
  private readonly history: string[] = [];
  /** Position while browsing history; equals history.length when editing a fresh line. */
  private cursor = 0;
  private draft = '';

  get current(): string {
    return this.line;
  }

  feed(input: string): LineAction[] {
    const actions: LineAction[] = [];
    let rest = input;
    while (rest.length > 0) {
      if (rest.startsWith('\x1b')) {
        const match = ESCAPE_SEQUENCE.exec(rest);
        const sequence = match?.[0] ?? '\x1b';
        this.escape(sequence, actions);
        rest = rest.slice(sequence.length);
        continue;
      }
      const codePoint = rest.codePointAt(0) ?? 0;
      const ch = String.fromCodePoint(codePoint);
      rest = rest.slice(ch.length);
      this.key(ch, actions);
    }
    return merge(actions);
  }

  private key(ch: string, actions: LineAction[]): void {
    switch (ch) {
      case '\r':
      case '\n': {
        const line = this.line;
        actions.push({ type: 'echo', text: '\r\n' }, { type: 'submit', line });
        if (line.trim() !== '' && this.history[this.history.length - 1] !== line) {
          this.history.push(line);
          if (this.history.length > HISTORY_LIMIT) this.history.shift();
        }
        this.line = '';
        this.draft = '';
        this.cursor = this.history.length;
        return;
      }
      case '\x7f':
      case '\b': {
        const chars = [...this.line];
        if (chars.length === 0) return;
        chars.pop();
        this.line = chars.join('');
        actions.push({ type: 'echo', text: '\b \b' });
        return;
      }
      case '\x03':
        actions.push({ type: 'echo', text: '^C\r\n' }, { type: 'interrupt' });
        this.line = '';
        this.draft = '';
        this.cursor = this.history.length;
        return;
      case '\x15':
        this.replaceLine('', actions);
        return;
      default:
        // Other control characters (Tab, Ctrl-D, ...) have no meaning in this editor.
        if (ch < ' ' || ch === '\x7f') return;
        this.line += ch;
        actions.push({ type: 'echo', text: ch });
    }
  }

  private escape(sequence: string, actions: LineAction[]): void {
    if (sequence === '\x1b[A' || sequence === '\x1bOA') {
      if (this.cursor === 0) return;
      if (this.cursor === this.history.length) this.draft = this.line;
      this.cursor--;
      this.replaceLine(this.history[this.cursor] ?? '', actions);
    } else if (sequence === '\x1b[B' || sequence === '\x1bOB') {
      if (this.cursor >= this.history.length) return;
      this.cursor++;
      this.replaceLine(this.cursor === this.history.length ? this.draft : (this.history[this.cursor] ?? ''), actions);
    }
  }

  private replaceLine(next: string, actions: LineAction[]): void {
    const erase = '\b \b'.repeat([...this.line].length);
    this.line = next;
    actions.push({ type: 'echo', text: erase + next });
  }
}

/** Adjacent echoes become one write, so the terminal repaints once per keystroke batch. */
function merge(actions: LineAction[]): LineAction[] {
  const out: LineAction[] = [];
  for (const action of actions) {
    const last = out[out.length - 1];
    if (action.type === 'echo' && last?.type === 'echo') last.text += action.text;
    else out.push(action.type === 'echo' ? { ...action } : action);
  }
  return out.filter((a) => a.type !== 'echo' || a.text !== '');
}
