// `containment-lab SUBCOMMAND ...`: a dispatch table of lazily loaded subcommands, so adding one is
// one line here plus its own file.
import { fail, textOnly, type CliIO, type Subcommand } from './io.ts';

const SUBCOMMANDS: Record<string, () => Promise<{ run: Subcommand }>> = {
  explain: () => import('./explain.ts'),
  check: () => import('./check.ts'),
  replay: () => import('./replay.ts').then((m) => ({ run: (argv: string[], io: CliIO) => m.run(argv, plainWriters(io)) })),
  lessons: () => import('./lessons.ts').then((m) => ({ run: (argv: string[], io: CliIO) => m.run(argv, plainWriters(io)) })),
  attack: () => import('./attack.ts'),
  ctf: () => import('./ctf.ts'),
  verify: () => import('./verify.ts'),
};

// replay and lessons take plain write functions rather than the shared CliIO streams.
function plainWriters(io: CliIO) {
  return { stdout: (s: string) => void io.stdout.write(s), stderr: (s: string) => void io.stderr.write(s) };
}

const USAGE = `usage: containment-lab <command> [options]
commands:
  explain CONFIG... --cwd DIR [--home DIR] --action read:PATH|write:PATH|delete:PATH|connect:HOST[:PORT]|bash:CMD [--json]
  check CONFIG... [--product claude-ai|claude-code|cowork] [--incident ID]... [--json] [--format claude-code|srt|profile] [--report FILE] [--sarif FILE]
  replay ID|--scenario FILE [--product P] [--config CONFIG] [--seed N] [--answerer A] [--worst-case] [--json]
  lessons [--verify] [--lesson ID]... [--json]
  attack [--verify] [--level ID]... [--json]
  ctf export --key KEY --out FILE [--format csv|json]
  verify CONFIG... [--claude PATH] [--incident ID]... [--json]
`;

export async function main(argv: string[], rawIo: CliIO): Promise<number> {
  // Every byte a subcommand writes passes through here, so content (rule text, names, command
  // output) can never reach the terminal as an escape sequence.
  const io = textOnly(rawIo);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  const load = SUBCOMMANDS[name];
  if (load === undefined) return fail(io, `unknown command "${name}" (available: ${Object.keys(SUBCOMMANDS).join(', ')})`);
  try {
    const { run } = await load();
    return await run(rest, io);
  } catch (e) {
    return fail(io, `internal error in ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
