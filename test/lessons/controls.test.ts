import { describe, expect, it } from 'vitest';
import { applyChanges, controlProblems, parseControlPath, readControl } from '../../src/lessons/controls.ts';
import { shippedProfile } from '../../src/sim/profile/presets.ts';
import { CURRICULUM } from '../../src/lessons/curriculum.ts';

describe('control paths', () => {
  it('parses product, fields and indexes', () => {
    expect(parseControlPath('cowork.mounts.entries[0].mode')).toEqual({ ok: true, product: 'cowork', path: 'mounts.entries[0].mode', steps: ['mounts', 'entries', 0, 'mode'] });
  });

  it('names the bad part of a bad path', () => {
    const r = parseControlPath('claude-desktop.sandbox.enabled');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain('"claude-desktop" is not a product');
    const r2 = parseControlPath('claude-code.sandbox..enabled');
    expect(!r2.ok && r2.error).toContain('is not a field path');
  });

  it('reads values and reports the missing step', () => {
    const p = shippedProfile('claude-code');
    expect(readControl(p, 'claude-code.sandbox.enabled')).toEqual({ ok: true, value: true });
    const miss = readControl(p, 'claude-code.sandbox.enabeld');
    expect(!miss.ok && miss.error).toContain('no "enabeld"');
    const other = readControl(p, 'cowork.vm.starts');
    expect(!other.ok && other.error).toContain('belongs to cowork');
  });

  it('applies changes to a copy and validates the result against the schema', () => {
    const p = shippedProfile('cowork');
    const r = applyChanges(p, [{ path: 'cowork.mounts.entries[0].mode', value: 'read-only' }]);
    expect(r.ok && r.profile.product === 'cowork' && r.profile.mounts.entries[0]?.mode).toBe('read-only');
    expect(p.product === 'cowork' && p.mounts.entries[0]?.mode).toBe('read-write');
    const bad = applyChanges(p, [{ path: 'cowork.mounts.entries[0].mode', value: 'write-only' }]);
    expect(!bad.ok && bad.error).toMatch(/mounts\.entries\.0\.mode.*after changing cowork\.mounts\.entries\[0\]\.mode/);
    const out = applyChanges(p, [{ path: 'cowork.mounts.entries[5].mode', value: 'read-only' }]);
    expect(!out.ok && out.error).toContain('[5]');
  });

  it('flags a lesson whose solution touches a locked or unknown control', () => {
    const base = CURRICULUM[0];
    if (!base) throw new Error('empty curriculum');
    const broken = { ...base, controls: [{ path: 'claude-code.sandbox.enabeld', label: 'typo' }] };
    const problems = controlProblems(broken);
    expect(problems.some((p) => p.includes('no "enabeld"'))).toBe(true);
    expect(problems.some((p) => p.includes('does not unlock'))).toBe(true);
  });
});
