import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ctfChallenges, ctfCsv } from '../../../src/sim/attack/ctf.ts';
import { flagFor } from '../../../src/sim/attack/flag.ts';
import { ATTACK_LEVELS } from '../../../src/sim/attack/levels/index.ts';

describe('CTF flags', () => {
  it('is HMAC-SHA-256(key, level id) through Web Crypto', async () => {
    const expected = createHmac('sha256', 'workshop-key').update('no-sandbox').digest('hex').slice(0, 32);
    expect(await flagFor('workshop-key', 'no-sandbox')).toBe(`CL{${expected}}`);
  });

  it('differs by key and by level, and refuses an empty key', async () => {
    const a = await flagFor('k1', 'no-sandbox');
    expect(await flagFor('k2', 'no-sandbox')).not.toBe(a);
    expect(await flagFor('k1', 'curl-denied')).not.toBe(a);
    await expect(flagFor('', 'no-sandbox')).rejects.toThrow(/empty/);
  });

  it('exports one CTFd challenge per level, valued by difficulty, as CSV with quoted fields', async () => {
    const challenges = await ctfChallenges(ATTACK_LEVELS, 'k');
    expect(challenges).toHaveLength(ATTACK_LEVELS.length);
    expect(challenges[0]).toMatchObject({ name: ATTACK_LEVELS[0]!.title, value: ATTACK_LEVELS[0]!.difficulty * 100, flag: await flagFor('k', ATTACK_LEVELS[0]!.id) });
    const csv = ctfCsv([{ name: 'a, "b"', description: 'x\ny', category: 'c', value: 100, flag: 'CL{1}' }]);
    expect(csv).toBe('name,description,category,value,type,state,flags\n"a, ""b""","x\ny",c,100,standard,visible,CL{1}\n');
  });
});
