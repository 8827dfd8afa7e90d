// The host terminal when the WebContainer is up: a real `jsh` process started in the product
// world's directory, its pseudo-terminal wired straight to the terminal view.
import type { WebContainerProcess } from '@webcontainer/api';
import type { WebContainerLike } from './boot.ts';
import { errorMessage } from './fsErrors.ts';
import { HOST_VIEW_LABEL, OutputChannel, toTerminalNewlines, type HostShell } from './hostShell.ts';

export interface JshShellOptions {
  /** Directory relative to the container workdir, e.g. `worlds/cowork`. */
  cwd: string;
  /** `$HOME` for the shell (so `~` is the world's home), relative to the container workdir too. */
  home?: string;
  cols?: number;
  rows?: number;
  banner?: string;
}

export function createJshShell(container: WebContainerLike, options: JshShellOptions): HostShell {
  return new JshShell(container, options);
}

class JshShell implements HostShell {
  private readonly output = new OutputChannel();
  private readonly process: Promise<WebContainerProcess | null>;
  private writer: WritableStreamDefaultWriter<string> | null = null;
  private pendingInput = '';
  private size: { cols: number; rows: number };
  private disposed = false;

  constructor(container: WebContainerLike, options: JshShellOptions) {
    this.size = { cols: options.cols ?? 80, rows: options.rows ?? 24 };
    this.output.emit(toTerminalNewlines(`\x1b[33m${options.banner ?? HOST_VIEW_LABEL}\x1b[0m\n`));
    this.process = this.start(container, options.cwd, options.home);
  }

  private async start(container: WebContainerLike, cwd: string, home: string | undefined): Promise<WebContainerProcess | null> {
    try {
      const proc = await container.spawn('jsh', { cwd, terminal: this.size, ...(home ? { env: { HOME: home } } : {}) });
      if (this.disposed) {
        proc.kill();
        return null;
      }
      void proc.output.pipeTo(new WritableStream({ write: (chunk) => { if (!this.disposed) this.output.emit(chunk); } })).catch(() => undefined);
      this.writer = proc.input.getWriter();
      if (this.pendingInput) {
        void this.writer.write(this.pendingInput).catch(() => undefined);
        this.pendingInput = '';
      }
      void proc.exit.then((code) => {
        if (!this.disposed) this.output.emit(`\r\n\x1b[33m[jsh exited with code ${code}]\x1b[0m\r\n`);
      });
      proc.resize(this.size);
      return proc;
    } catch (error) {
      this.output.emit(`\x1b[31mcould not start jsh: ${errorMessage(error)}\x1b[0m\r\n`);
      return null;
    }
  }

  write(input: string): void {
    if (this.disposed) return;
    if (this.writer) void this.writer.write(input).catch(() => undefined);
    else this.pendingInput += input;
  }

  unsent(): string {
    return this.writer ? '' : this.pendingInput;
  }

  onOutput(listener: (data: string) => void): () => void {
    return this.output.subscribe(listener);
  }

  resize(cols: number, rows: number): void {
    this.size = { cols, rows };
    void this.process.then((proc) => { if (!this.disposed) proc?.resize({ cols, rows }); });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.output.clear();
    this.writer?.releaseLock();
    void this.process.then((proc) => proc?.kill());
  }
}
