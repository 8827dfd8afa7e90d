// Proof that a level is fair: its reference attack wins, doing nothing does not, and its closing
// control stops the reference attack and every catalogue technique that serves the level's goal. The
// CLI (`containment-lab attack --verify`) and the tests use it.
import { tryCatalogue } from './catalogue.ts';
import { closedProfile, runAttempt } from './run.ts';
import type { AttackLevel } from './types.ts';

export interface LevelProof {
  id: string;
  title: string;
  product: string;
  referenceWins: boolean;
  emptyFails: boolean;
  /** The closing control stops the reference attack and every catalogue technique tried against it. */
  closedByFix: boolean;
  /** Catalogue techniques tried against the closed configuration. */
  catalogueTried: number;
  /** Those that still got through (empty when the control holds). */
  catalogueThrough: string[];
}

export async function proveLevel(level: AttackLevel): Promise<LevelProof> {
  const reference = await runAttempt(level, level.reference);
  const empty = await runAttempt(level, []);
  const fixed = closedProfile(level);
  const closed = await runAttempt(level, level.reference, { profile: fixed });
  const catalogue = await tryCatalogue(level, fixed);
  const through = catalogue.filter((t) => t.won).map((t) => `${t.technique} (${t.aim})`);
  return {
    id: level.id, title: level.title, product: level.product, referenceWins: reference.won, emptyFails: !empty.won,
    closedByFix: !closed.won && through.length === 0, catalogueTried: catalogue.length, catalogueThrough: through,
  };
}

export async function proveLevels(levels: readonly AttackLevel[]): Promise<LevelProof[]> {
  const out: LevelProof[] = [];
  for (const level of levels) out.push(await proveLevel(level));
  return out;
}
