import { describe, expect, it } from 'vitest';
import { getAtPath, parseControlPath, setAtPath, splitQualified } from '../../../src/sim/profile/controlPath.ts';
import { shippedProfile } from '../../../src/sim/profile/presets.ts';

describe('control paths', () => {
  it('parses dotted paths with array indexes and rejects junk', () => {
    expect(parseControlPath('mounts.entries[0].mode')).toEqual(['mounts', 'entries', 0, 'mode']);
    expect(parseControlPath('a..b')).toBeNull();
    expect(parseControlPath('a[x]')).toBeNull();
    expect(parseControlPath('')).toBeNull();
  });

  it('splits a product-qualified control name', () => {
    expect(splitQualified('claude-code.sandbox.enabled')).toEqual({ product: 'claude-code', path: 'sandbox.enabled' });
    expect(splitQualified('nope.sandbox')).toBeNull();
  });

  it('reads and writes real profile controls without touching the original', () => {
    const cowork = shippedProfile('cowork');
    expect(getAtPath(cowork, 'mounts.entries[0].mode')).toBe('read-write');
    const changed = setAtPath(cowork, 'mounts.entries[0].mode', 'read-only');
    expect(getAtPath(changed, 'mounts.entries[0].mode')).toBe('read-only');
    expect(getAtPath(cowork, 'mounts.entries[0].mode')).toBe('read-write');
  });

  it('refuses paths that are not controls, including prototype keys', () => {
    const code = shippedProfile('claude-code');
    expect(() => setAtPath(code, 'sandbox.nope', true)).toThrow('No control at "sandbox.nope"');
    expect(getAtPath(code, 'constructor')).toBeUndefined();
    expect(getAtPath(code, 'sandbox.toString')).toBeUndefined();
  });
});
