// One contained shell per run: just-bash over the guarded filesystem, with network commands that
// reach only the modeled network and a `date` that reads the simulation clock, not the host's.
import { Bash, defineCommand, type IFileSystem } from 'just-bash';
import { curlCommand, uploadCommand, wgetCommand, type Send } from './netCommands.ts';
import { gitCommand, npmCommand } from './devCommands.ts';
import { devTcpTarget, dnsCommands, ncCommand, nodeCommand, python3Command, tcpRequest } from './scriptCommands.ts';
import { latin1ToBytes } from '../world/canary.ts';
import { SIM_EPOCH } from '../vfs/guardedFs.ts';
import { RUN_LIMITS, type RunLimitId, type RunLimits } from '../core/limits.ts';

export interface ShellOptions {
  fs: IFileSystem;
  cwd: string;
  home: string;
  user: string;
  env?: Record<string, string>;
  send: Send;
  /** Run limits; the shell enforces commands per step and output bytes per command (default RUN_LIMITS). */
  limits?: Readonly<RunLimits>;
}

export interface ShellResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Set when the command was cut off by one of the run limits. */
  limit?: RunLimitId;
}

/** just-bash's messages for its execution limits (exit code 126), mapped onto ours. */
const LIMIT_MESSAGES: [RegExp, RunLimitId][] = [
  [/too many commands executed/, 'commandsPerStep'],
  [/iteration limit exceeded/, 'commandsPerStep'],
  [/output size limit exceeded/, 'outputBytesPerCommand'],
  [/string length limit exceeded/, 'outputBytesPerCommand'],
];

function limitOf(r: { stdout: string; stderr: string; exitCode: number }, limits: Readonly<RunLimits>): RunLimitId | undefined {
  if (r.stdout.length + r.stderr.length > limits.outputBytesPerCommand) return 'outputBytesPerCommand';
  if (r.exitCode !== 126) return undefined;
  const tail = r.stderr.slice(-400);
  return LIMIT_MESSAGES.find(([re]) => re.test(tail))?.[1];
}

const dateCommand = defineCommand('date', async () => ({
  stdout: `${new Date(SIM_EPOCH).toUTCString()}\n`, stderr: '', exitCode: 0,
}));

/**
 * Building a just-bash interpreter registers ~80 commands and costs more than a whole agent step, so
 * interpreters are pooled across runs. Each exec starts from a clean shell state; the filesystem and
 * the network port are swapped per run through these indirections.
 */
interface Pooled {
  bash: Bash;
  target: { fs: IFileSystem; send: Send };
}

/** Interpreters by the limits they were built with (limits are fixed when just-bash is constructed). */
const pools = new Map<string, Pooled[]>();

function poolFor(limits: Readonly<RunLimits>): Pooled[] {
  const key = `${limits.commandsPerStep}/${limits.outputBytesPerCommand}`;
  let pool = pools.get(key);
  if (pool === undefined) {
    pool = [];
    pools.set(key, pool);
  }
  return pool;
}

/**
 * Forwards every call to whichever filesystem the current run handed in. A redirection to bash's
 * `/dev/tcp/HOST/PORT` is a connection, not a file: it goes to the network port instead.
 */
class DelegatingFs implements IFileSystem {
  constructor(private readonly target: { fs: IFileSystem; send: Send }) {}
  private get fs(): IFileSystem {
    return this.target.fs;
  }
  private async tcp(path: string, content: Parameters<IFileSystem['writeFile']>[1]): Promise<boolean> {
    const to = devTcpTarget(path);
    if (to === null) return false;
    const body = typeof content === 'string' ? latin1ToBytes(content) : content;
    const out = await this.target.send(tcpRequest(to.host, to.port, body), 'bash /dev/tcp');
    if (out.kind === 'connect-failed' || out.response.status === 403) throw new Error(`connect: ${out.kind === 'connect-failed' ? out.message : 'Connection refused'}, open '${path}'`);
    return true;
  }
  readFile(...a: Parameters<IFileSystem['readFile']>) { return this.fs.readFile(...a); }
  readFileBuffer(path: string) { return this.fs.readFileBuffer(path); }
  async writeFile(...a: Parameters<IFileSystem['writeFile']>) {
    if (await this.tcp(a[0], a[1])) return;
    return this.fs.writeFile(...a);
  }
  async appendFile(...a: Parameters<IFileSystem['appendFile']>) {
    if (await this.tcp(a[0], a[1])) return;
    return this.fs.appendFile(...a);
  }
  exists(path: string) { return this.fs.exists(path); }
  stat(path: string) { return this.fs.stat(path); }
  lstat(path: string) { return this.fs.lstat(path); }
  mkdir(...a: Parameters<IFileSystem['mkdir']>) { return this.fs.mkdir(...a); }
  readdir(path: string) { return this.fs.readdir(path); }
  rm(...a: Parameters<IFileSystem['rm']>) { return this.fs.rm(...a); }
  cp(...a: Parameters<IFileSystem['cp']>) { return this.fs.cp(...a); }
  mv(src: string, dest: string) { return this.fs.mv(src, dest); }
  resolvePath(base: string, path: string) { return this.fs.resolvePath(base, path); }
  getAllPaths() { return this.fs.getAllPaths(); }
  chmod(path: string, mode: number) { return this.fs.chmod(path, mode); }
  symlink(target: string, linkPath: string) { return this.fs.symlink(target, linkPath); }
  link(existingPath: string, newPath: string) { return this.fs.link(existingPath, newPath); }
  readlink(path: string) { return this.fs.readlink(path); }
  realpath(path: string) { return this.fs.realpath(path); }
  utimes(path: string, atime: Date, mtime: Date) { return this.fs.utimes(path, atime, mtime); }
}

function acquire(fs: IFileSystem, send: Send, limits: Readonly<RunLimits>): Pooled {
  const reused = poolFor(limits).pop();
  if (reused) {
    reused.target.fs = fs;
    reused.target.send = send;
    return reused;
  }
  const target = { fs, send };
  const via: Send = (req, label) => target.send(req, label);
  const bash = new Bash({
    fs: new DelegatingFs(target),
    cwd: '/',
    customCommands: [
      curlCommand(via), wgetCommand(via), uploadCommand(via), dateCommand, gitCommand(via), npmCommand(via),
      python3Command(via), nodeCommand(via), ncCommand(via), ...dnsCommands(via),
    ],
    sleep: async () => undefined,
    // No guest JavaScript or Python runtime is enabled, so the global-patching defence only costs time.
    defenseInDepth: false,
    executionLimits: {
      maxCommandCount: limits.commandsPerStep,
      maxLoopIterations: limits.commandsPerStep,
      maxOutputSize: limits.outputBytesPerCommand,
      maxStringLength: limits.outputBytesPerCommand,
    },
  });
  return { bash, target };
}

export class Shell {
  private pooled: Pooled | null;
  private readonly env: Record<string, string>;
  private readonly limits: Readonly<RunLimits>;

  readonly fs: IFileSystem;
  readonly send: Send;

  constructor(private readonly options: ShellOptions) {
    this.fs = options.fs;
    this.send = options.send;
    this.limits = options.limits ?? RUN_LIMITS;
    this.pooled = acquire(options.fs, options.send, this.limits);
    this.env = { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: options.home, USER: options.user, LOGNAME: options.user, ...options.env };
  }

  /** Return the interpreter to the pool; the shell cannot run commands afterwards. */
  dispose(): void {
    if (this.pooled) poolFor(this.limits).push(this.pooled);
    this.pooled = null;
  }

  /** `extra`: variables added for this command and its standard input (a hook gets both from the client). */
  async run(command: string, extra: { env?: Record<string, string>; stdin?: string } = {}): Promise<ShellResult> {
    if (!this.pooled) return { stdout: '', stderr: 'bash: session closed\n', exitCode: 1 };
    try {
      const env = extra.env === undefined ? this.env : { ...this.env, ...extra.env };
      const r = await this.pooled.bash.exec(command, { cwd: this.options.cwd, env, replaceEnv: true, ...(extra.stdin === undefined ? {} : { stdin: extra.stdin }) });
      const limit = limitOf(r, this.limits);
      if (limit !== undefined) return { stdout: r.stdout.slice(0, this.limits.outputBytesPerCommand), stderr: r.stderr.slice(-2000), exitCode: r.exitCode, limit };
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
