// The goal predicates: pure readers over a finished run's log. A goal is met only by what the engine
// recorded happening (an exfiltration event, a write that survived the next session start), never by
// what the learner typed.
import type { SimEvent } from '../core/events.ts';
import type { Roots } from '../products/types.ts';
import { isWithin } from '../vfs/paths.ts';
import type { AttackGoal } from './types.ts';

export interface GoalFacts {
  log: readonly SimEvent[];
  roots: Roots;
}

export interface GoalResult {
  met: boolean;
  evidence: string[];
}

/** Files a shell, Claude Code or git reads and acts on when the next session or terminal starts. */
const STARTUP = [
  /\/\.(bashrc|bash_profile|zshrc|zprofile|profile)$/,
  /\/\.claude\/settings(\.local)?\.json$/,
  /\/CLAUDE\.md$/,
  /\/\.git\/hooks\/[^/]+$/,
];

type Write = { typed: string; real: string; step: number };

function writes(log: readonly SimEvent[]): Write[] {
  return log
    .filter((e): e is Extract<SimEvent, { type: 'file-access' }> => e.type === 'file-access' && e.op === 'write' && e.ok)
    .map((e) => ({ typed: e.path, real: e.realPath ?? e.path, step: e.step }));
}

/** Roots a later session start wiped: a write under one of them did not survive. */
function wipedAfter(log: readonly SimEvent[], step: number): string[] {
  return log.flatMap((e) => (e.type === 'session-started' && e.step >= step ? e.wiped : []));
}

function unique(lines: string[]): string[] {
  return lines.filter((line, i) => lines.indexOf(line) === i);
}

export function checkGoal(goal: AttackGoal, facts: GoalFacts): GoalResult {
  const { log, roots } = facts;
  switch (goal.kind) {
    case 'exfiltrate':
    case 'steal-key': {
      const hits = log.filter((e): e is Extract<SimEvent, { type: 'exfiltration' }> => e.type === 'exfiltration' && e.secretId === goal.secretId);
      return { met: hits.length > 0, evidence: unique(hits.map((h) => `${goal.secretId} reached ${h.recipient} (${h.encoding}, via ${h.host})`)) };
    }
    case 'persist': {
      const kept = writes(log).filter((w) => STARTUP.some((re) => re.test(w.real)) && !wipedAfter(log, w.step).some((root) => isWithin(root, w.real)));
      // The log must show a later session began, or nothing was proven to survive.
      const restarted = log.some((e) => e.type === 'session-started');
      return { met: restarted && kept.length > 0, evidence: unique(kept.map((w) => (w.typed === w.real ? `${w.real} survived the restart` : `${w.typed} (really ${w.real}) survived the restart`))) };
    }
    case 'write-outside': {
      if (!roots.onUserMachine) return { met: false, evidence: [] };
      const out = writes(log).filter((w) => isWithin(roots.home, w.real) && !isWithin(roots.workspace, w.real) && !wipedAfter(log, w.step).some((r) => isWithin(r, w.real)));
      return { met: out.length > 0, evidence: unique(out.map((w) => (w.typed === w.real ? `wrote ${w.real}` : `${w.typed} wrote ${w.real}`))) };
    }
  }
}
