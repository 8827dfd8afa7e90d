import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ATTACK_LEVELS } from '../../../src/sim/attack/levels/index.ts';

describe('README Attack mode section', () => {
  it('lists exactly the attack levels, in order, with their products', () => {
    const readme = readFileSync('README.md', 'utf8');
    const start = readme.indexOf('## Attack mode and CTF workshops');
    expect(start).toBeGreaterThanOrEqual(0);
    const section = readme.slice(start, readme.indexOf('\n## ', start + 3));
    const rows = [...section.matchAll(/^\| `([a-z0-9-]+)` \| [^|]+ \| (\d) \|/gm)];
    expect(rows.map((m) => m[1])).toEqual(ATTACK_LEVELS.map((l) => l.id));
    expect(rows.map((m) => Number(m[2]))).toEqual(ATTACK_LEVELS.map((l) => l.difficulty));
  });
});
