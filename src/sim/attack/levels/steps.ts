// Shorthands the level files share for their reference attacks.
import type { AttackStep } from '../types.ts';

export const bash = (command: string): AttackStep => ({ call: { tool: 'Bash', command } });

/** A Bash call that asks to run outside the OS sandbox (Claude Code's dangerouslyDisableSandbox). */
export const unsandboxed = (command: string): AttackStep => ({ call: { tool: 'Bash', command }, dangerouslyDisableSandbox: true });
