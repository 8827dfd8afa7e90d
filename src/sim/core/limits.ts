// Every bound on one engine run, declared here and nowhere else. A run that reaches one stops with a
// named result ("stopped: the scenario exceeded 10,000 events") instead of hanging, crashing or
// freezing a tab. The numbers sit far above anything a stock incident does under any preset (at most
// 65 steps, 525 events, paths 8 segments deep, 400 ms), so only hostile or runaway scenarios reach them.

export interface RunLimits {
  /** Agent steps (tool calls, hooks) in one run. */
  steps: number;
  /** Shell commands (and loop iterations) inside one Bash step. */
  commandsPerStep: number;
  /** Milliseconds of the injected clock one run may take; never read from the host's clock here. */
  wallMs: number;
  /** Bytes one shell command may print (stdout + stderr), and the longest string it may build. */
  outputBytesPerCommand: number;
  /** Events in one run's log. */
  events: number;
  /** Files and folders one run may create in its world. */
  files: number;
  /** Path depth (number of segments) of any file the run touches. */
  pathDepth: number;
}

export const RUN_LIMITS: Readonly<RunLimits> = Object.freeze({
  steps: 500,
  commandsPerStep: 10_000,
  wallMs: 20_000,
  outputBytesPerCommand: 1_000_000,
  events: 10_000,
  files: 5_000,
  pathDepth: 64,
});

export type RunLimitId = keyof RunLimits;

/** What each limit counts, worded for "the scenario exceeded N ...". */
const NOUN: Record<RunLimitId, string> = {
  steps: 'agent steps',
  commandsPerStep: 'shell commands in one step',
  wallMs: 'ms of run time',
  outputBytesPerCommand: 'bytes of output from one command',
  events: 'events',
  files: 'new files',
  pathDepth: 'path segments',
};

export interface RunStop {
  limit: RunLimitId;
  /** The bound that was exceeded. */
  max: number;
  /** "stopped: the scenario exceeded 10,000 events" */
  message: string;
}

function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

export function runStop(limit: RunLimitId, limits: Readonly<RunLimits> = RUN_LIMITS): RunStop {
  const max = limits[limit];
  return { limit, max, message: `stopped: the scenario exceeded ${grouped(max)} ${NOUN[limit]}` };
}

/** Thrown inside a run when a limit is reached; runScenario turns it into the run's result. */
export class RunLimitReached extends Error {
  constructor(readonly stop: RunStop) {
    super(stop.message);
    this.name = 'RunLimitReached';
  }
}

/** Limits for one run: the defaults with any overrides (tests use small ones). */
export function resolveLimits(overrides: Partial<RunLimits> | undefined): Readonly<RunLimits> {
  return overrides === undefined ? RUN_LIMITS : { ...RUN_LIMITS, ...overrides };
}
