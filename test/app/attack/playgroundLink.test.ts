import { describe, expect, it } from 'vitest';
import { playgroundHash } from '../../../src/app/attack/playgroundLink.ts';
import { attackHash, readAttackHash } from '../../../src/app/attack/attackHash.ts';
import { CONTROLS } from '../../../src/app/controls/controlTable.ts';
import { hashToSnapshot } from '../../../src/app/share/shareSync.ts';
import { ATTACK_LEVELS } from '../../../src/sim/attack/levels/index.ts';
import { closedProfile } from '../../../src/sim/attack/run.ts';
import { getAtPath } from '../../../src/sim/profile/controlPath.ts';
import { SCENARIO_IDS } from '../../../src/sim/scenarios/index.ts';

describe('open in playground', () => {
  it.each(ATTACK_LEVELS.map((l) => [l.id, l] as const))('%s: the link opens the closed configuration on a catalogue incident', (_id, level) => {
    expect(SCENARIO_IDS).toContain(level.playground);
    const closed = closedProfile(level);
    const reading = hashToSnapshot(playgroundHash(level, closed), SCENARIO_IDS);
    expect(reading.notices).toEqual([]);
    expect(reading.snapshot.scenarioId).toBe(level.playground);
    // The level's product is on screen, whatever the default panes are.
    expect(reading.snapshot.shown).toContain(level.product);
    const opened = reading.snapshot.profiles[level.product];
    // Every control the closing change touches arrives as the fix set it.
    for (const change of level.closedBy.changes) {
      const isControl = CONTROLS[level.product].some((c) => c.path === change.path);
      if (isControl) expect(getAtPath(opened, change.path)).toEqual(change.value);
    }
    for (const c of CONTROLS[level.product]) {
      if (!c.path.startsWith('run.')) expect(getAtPath(opened, c.path)).toEqual(getAtPath(closed, c.path));
    }
  });
});

describe('the attack hash', () => {
  it('reads the level and the CTF key, and keeps the key when the level changes', () => {
    expect(readAttackHash('#view=attack&level=no-sandbox&ctf=k%201')).toEqual({ level: 'no-sandbox', ctfKey: 'k 1' });
    expect(readAttackHash('#view=attack')).toEqual({ level: null, ctfKey: null });
    expect(readAttackHash(attackHash('curl-denied', 'k 1'))).toEqual({ level: 'curl-denied', ctfKey: 'k 1' });
  });
});
