// The attack levels, in order of difficulty. Each is data (levels/*.ts); test/sim/attack proves every
// one: its reference attack wins, the empty attempt does not, and its closing control stops the reference.
import type { AttackLevel } from '../types.ts';
import { CLAUDE_CODE_LEVELS } from './claudeCode.ts';
import { COWORK_LEVELS } from './cowork.ts';
import { CONTAINER_LEVELS } from './containers.ts';

const ALL: readonly AttackLevel[] = [...CLAUDE_CODE_LEVELS, ...COWORK_LEVELS, ...CONTAINER_LEVELS];

/** Stable sort by difficulty; levels of equal difficulty keep the order their files give them. */
export const ATTACK_LEVELS: readonly AttackLevel[] = ALL.map((l, i) => ({ l, i }))
  .sort((a, b) => a.l.difficulty - b.l.difficulty || a.i - b.i)
  .map(({ l }) => l);

export function attackLevelById(id: string): AttackLevel | undefined {
  return ATTACK_LEVELS.find((l) => l.id === id);
}
