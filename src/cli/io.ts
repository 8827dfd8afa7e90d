// What a subcommand gets: its arguments and two writable streams. Each subcommand lives in its own
// file and exports `run(argv, io)`, resolving to the process exit code.
export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

import { escapeControl } from '../sim/core/controlChars.ts';

/** The same streams with control and bidi characters written as visible escapes (`\x1b`, `\u202e`). */
export function textOnly(io: CliIO): CliIO {
  return {
    stdout: { write: (chunk: string) => io.stdout.write(escapeControl(String(chunk))) },
    stderr: { write: (chunk: string) => io.stderr.write(escapeControl(String(chunk))) },
  };
}

export type Subcommand = (argv: string[], io: CliIO) => Promise<number>;

/** Exit code for bad input; stderr then carries exactly one line saying what is wrong. */
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

export function fail(io: CliIO, message: string): number {
  io.stderr.write(`containment-lab: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  return EXIT_USAGE;
}
