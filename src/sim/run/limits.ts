// The run limits live in core (src/sim/core/limits.ts): the shell, the runner and the event log all
// obey them. This path stays for the code that reads them as part of a run.
export * from '../core/limits.ts';
