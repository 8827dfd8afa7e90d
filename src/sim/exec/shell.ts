// One contained shell per run: just-bash over the guarded filesystem, with network commands that
// reach only the modeled network and a `date` that reads the simulation clock, not the host's.
import { Bash, defineCommand, type IFileSystem } from 'just-bash';
import { curlCommand, uploadCommand, wgetCommand, type Send } from './netCommands.ts';
import { SIM_EPOCH } from '../vfs/guardedFs.ts';

export interface ShellOptions {
  fs: IFileSystem;
  cwd: string;
  home: string;
  user: string;
  env?: Record<string, string>;
  send: Send;
}

export interface ShellResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const dateCommand = defineCommand('date', async () => ({
  stdout: `${new Date(SIM_EPOCH).toUTCString()}\n`, stderr: '', exitCode: 0,
}));

export class Shell {
  private readonly bash: Bash;

  readonly fs: IFileSystem;
  readonly send: Send;

  constructor(private readonly options: ShellOptions) {
    this.fs = options.fs;
    this.send = options.send;
    this.bash = new Bash({
      fs: options.fs,
      cwd: options.cwd,
      env: { HOME: options.home, USER: options.user, LOGNAME: options.user, ...options.env },
      customCommands: [curlCommand(options.send), wgetCommand(options.send), uploadCommand(options.send), dateCommand],
      sleep: async () => undefined,
      // No guest JavaScript or Python runtime is enabled, so the global-patching defence only costs time.
      defenseInDepth: false,
    });
  }

  async run(command: string): Promise<ShellResult> {
    try {
      const r = await this.bash.exec(command, { cwd: this.options.cwd });
      return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
    } catch (error) {
      // just-bash rejects when a redirect's final write is refused; the shell reports it like bash does.
      const message = error instanceof Error ? error.message : String(error);
      const m = /^(\w+): ([^,]+), \w+ '([^']+)'/.exec(message);
      const text = m ? `bash: ${m[3]}: ${capitalise(m[2] ?? '')}` : `bash: ${message}`;
      return { stdout: '', stderr: `${text}\n`, exitCode: 1 };
    }
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
