// The host terminal when there is no WebContainer: the same just-bash interpreter the agent's steps
// run in, but over the bare world filesystem, with no policy wrapper. That is the point: it is the
// view from outside the agent's containment, for looking at what a run left behind.
import { escapeControl } from '../sim/core/controlChars.ts';
import type { Bash, BashOptions, IFileSystem } from 'just-bash';
import { errorMessage } from './fsErrors.ts';
import { HOST_VIEW_LABEL, OutputChannel, toTerminalNewlines, type HostShell } from './hostShell.ts';
import { LineEditor } from './lineEditor.ts';

export interface JustBashShellOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Printed once before the first prompt. */
  banner?: string;
  /** How to get the interpreter; defaults to a dynamic import so it loads only with the terminal. */
  loadBash?: () => Promise<typeof Bash>;
  /** Extra interpreter options (limits, defence-in-depth); fs, cwd and env are the shell's own. */
  bashOptions?: Omit<BashOptions, 'fs' | 'cwd' | 'env'>;
}

const defaultLoadBash = async (): Promise<typeof Bash> => (await import('just-bash')).Bash;

export function createJustBashShell(fs: IFileSystem, options: JustBashShellOptions = {}): HostShell {
  return new JustBashShell(fs, options);
}

class JustBashShell implements HostShell {
  private readonly output = new OutputChannel();
  private readonly editor = new LineEditor();
  private cwd: string;
  private env: Record<string, string>;
  private bash: Promise<Bash>;
  private queue: Promise<void> = Promise.resolve();
  private running: AbortController | null = null;
  /** Keystrokes typed while a command runs, replayed when it ends (type-ahead). */
  private typeAhead = '';
  private disposed = false;

  constructor(fs: IFileSystem, options: JustBashShellOptions) {
    this.cwd = options.cwd ?? '/';
    this.env = { HOME: this.cwd, USER: 'host', ...options.env, PWD: this.cwd };
    const load = options.loadBash ?? defaultLoadBash;
    this.bash = load().then((BashClass) => new BashClass({ ...options.bashOptions, fs, cwd: this.cwd, env: this.env }));
    this.bash.catch(() => undefined);
    this.output.emit(toTerminalNewlines(`\x1b[33m${options.banner ?? HOST_VIEW_LABEL}\x1b[0m\n`));
    this.output.emit(this.prompt());
  }

  private prompt(): string {
    return `\x1b[1;33mhost\x1b[0m:\x1b[1;34m${this.cwd}\x1b[0m$ `;
  }

  write(input: string): void {
    if (this.disposed) return;
    if (this.running) {
      if (input.includes('\x03')) this.running.abort();
      else this.typeAhead += input;
      return;
    }
    for (const action of this.editor.feed(input)) {
      if (action.type === 'echo') this.output.emit(action.text);
      else if (action.type === 'interrupt') this.output.emit(this.prompt());
      else this.enqueue(action.line);
    }
  }

  private enqueue(line: string): void {
    const controller = new AbortController();
    this.running = controller;
    this.queue = this.queue.then(() => this.run(line, controller)).finally(() => {
      this.running = null;
      if (this.disposed) return;
      this.output.emit(this.prompt());
      const pending = this.typeAhead;
      this.typeAhead = '';
      if (pending) this.write(pending);
    });
  }

  private async run(line: string, controller: AbortController): Promise<void> {
    if (line.trim() === '') return;
    try {
      const bash = await this.bash;
      const result = await bash.exec(line, { cwd: this.cwd, env: this.env, replaceEnv: true, signal: controller.signal });
      if (this.disposed) return;
      // Files in the world come from scenarios and share links: their bytes are shown, never obeyed.
      this.output.emit(toTerminalNewlines(escapeControl(result.stdout.replace(/\r\n/g, '\n'))));
      if (result.stderr) this.output.emit(`\x1b[31m${toTerminalNewlines(escapeControl(result.stderr.replace(/\r\n/g, '\n')))}\x1b[0m`);
      // Each exec starts from the state it is given, so carry cd and exports to the next line.
      this.env = { ...result.env };
      this.cwd = result.env.PWD ?? this.cwd;
    } catch (error) {
      if (!this.disposed) this.output.emit(`\x1b[31mbash: ${toTerminalNewlines(escapeControl(errorMessage(error)))}\x1b[0m\r\n`);
    }
  }

  unsent(): string {
    return this.editor.current + this.typeAhead;
  }

  onOutput(listener: (data: string) => void): () => void {
    return this.output.subscribe(listener);
  }

  resize(): void {
    // just-bash has no terminal size; output wraps in the terminal itself.
  }

  dispose(): void {
    this.disposed = true;
    this.running?.abort();
    this.output.clear();
  }
}
