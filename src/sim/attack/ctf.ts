// The CTFd import: one challenge per level (name, description, category, value, flag), in CTFd's
// challenge CSV columns. Values scale with difficulty so the score board rewards the harder levels.
import { productModule } from '../products/index.ts';
import { flagFor } from './flag.ts';
import type { AttackLevel } from './types.ts';

export interface CtfChallenge {
  name: string;
  description: string;
  category: string;
  value: number;
  flag: string;
}

export const POINTS_PER_DIFFICULTY = 100;

export async function ctfChallenges(levels: readonly AttackLevel[], key: string): Promise<CtfChallenge[]> {
  const out: CtfChallenge[] = [];
  for (const level of levels) {
    out.push({
      name: level.title,
      description: `${level.brief}\n\nGoal: ${level.goalText}\n\nOpen the level in Containment Lab: #view=attack&level=${level.id}`,
      category: productModule(level.product).info.name,
      value: level.difficulty * POINTS_PER_DIFFICULTY,
      flag: await flagFor(key, level.id),
    });
  }
  return out;
}

function csvField(value: string | number): string {
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CTFd's "Import CSV" for challenges: a header row, then one row per challenge; static flags. */
export function ctfCsv(challenges: readonly CtfChallenge[]): string {
  const header = ['name', 'description', 'category', 'value', 'type', 'state', 'flags'];
  const rows = challenges.map((c) => [c.name, c.description, c.category, c.value, 'standard', 'visible', c.flag].map(csvField).join(','));
  return `${[header.join(','), ...rows].join('\n')}\n`;
}
