// `containment-lab SUBCOMMAND ...`: a dispatch table of lazily loaded subcommands, so adding one is
// one line here plus its own file.
import { fail, type CliIO, type Subcommand } from './io.ts';

const SUBCOMMANDS: Record<string, () => Promise<{ run: Subcommand }>> = {
  explain: () => import('./explain.ts'),
};

const USAGE = `usage: containment-lab <command> [options]
commands:
  explain CONFIG... --cwd DIR [--home DIR] --action read:PATH|write:PATH|delete:PATH|connect:HOST[:PORT]|bash:CMD [--json]
`;

export async function main(argv: string[], io: CliIO): Promise<number> {
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
