// What a subcommand gets: its arguments and two writable streams. Each subcommand lives in its own
// file and exports `run(argv, io)`, resolving to the process exit code.
export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

export type Subcommand = (argv: string[], io: CliIO) => Promise<number>;

/** Exit code for bad input; stderr then carries exactly one line saying what is wrong. */
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

export function fail(io: CliIO, message: string): number {
  io.stderr.write(`containment-lab: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  return EXIT_USAGE;
}
