// Proof that a level is fair: its reference attack wins, doing nothing does not, and its closing
// control stops the reference attack. The CLI (`containment-lab attack --verify`) and the tests use it.
import { closedProfile, runAttempt } from './run.ts';
import type { AttackLevel } from './types.ts';

export interface LevelProof {
  id: string;
  title: string;
  product: string;
  referenceWins: boolean;
  emptyFails: boolean;
  closedByFix: boolean;
}

export async function proveLevel(level: AttackLevel): Promise<LevelProof> {
  const reference = await runAttempt(level, level.reference);
  const empty = await runAttempt(level, []);
  const closed = await runAttempt(level, level.reference, { profile: closedProfile(level) });
  return { id: level.id, title: level.title, product: level.product, referenceWins: reference.won, emptyFails: !empty.won, closedByFix: !closed.won };
}

export async function proveLevels(levels: readonly AttackLevel[]): Promise<LevelProof[]> {
  const out: LevelProof[] = [];
  for (const level of levels) out.push(await proveLevel(level));
  return out;
}
