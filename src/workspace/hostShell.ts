// The narrow terminal-facing interface both host shells implement (just-bash over the in-memory
// world, jsh in the WebContainer). The terminal view only moves characters; it never knows which.

export interface HostShell {
  /** Raw terminal input: keystrokes, escape sequences, pasted text. */
  write(input: string): void;
  /** Terminal output (with CR LF line ends and ANSI colour). Output sent before anyone listens is kept. */
  onOutput(listener: (data: string) => void): () => void;
  resize(cols: number, rows: number): void;
  dispose(): void;
  /**
   * Input typed but not yet run (a half-typed line, keys typed ahead of a running command or of the
   * shell starting), so a replacement shell (the WebContainer finishing its boot) can take it over.
   */
  unsent?(): string;
}

/** Buffers output until the first listener attaches, so a prompt printed at start is not lost. */
export class OutputChannel {
  private readonly listeners = new Set<(data: string) => void>();
  private backlog: string[] = [];

  emit(data: string): void {
    if (data === '') return;
    if (this.listeners.size === 0) {
      this.backlog.push(data);
      return;
    }
    for (const listener of [...this.listeners]) listener(data);
  }

  subscribe(listener: (data: string) => void): () => void {
    this.listeners.add(listener);
    if (this.backlog.length > 0) {
      const pending = this.backlog.join('');
      this.backlog = [];
      listener(pending);
    }
    return () => { this.listeners.delete(listener); };
  }

  clear(): void {
    this.listeners.clear();
    this.backlog = [];
  }
}

/** Terminals need CR LF; shell output has bare LF. */
export function toTerminalNewlines(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

export const HOST_VIEW_LABEL = "Host view, outside the agent's containment";
