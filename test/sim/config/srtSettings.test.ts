import { describe, expect, it } from 'vitest';
import { parseSrtSettings } from '../../../src/sim/config/srtSettings.ts';

const base = { network: { allowedDomains: ['example.com'], deniedDomains: [] }, filesystem: { denyRead: [], allowWrite: ['.'], denyWrite: [] } };

describe('parseSrtSettings', () => {
  it('parses a valid file into typed settings', () => {
    const r = parseSrtSettings(JSON.stringify({ ...base, filesystem: { ...base.filesystem, allowRead: ['~/pub'] } }));
    expect(r).toMatchObject({ ok: true, warnings: [] });
    expect(r.ok && r.value.filesystem.allowRead).toEqual(['~/pub']);
  });

  it('reads filesystem.disabled and entries marked { path, literal: true } (0.0.83); names a bad entry', () => {
    const r = parseSrtSettings({ ...base, filesystem: { ...base.filesystem, disabled: true, denyRead: ['~/.aws', { path: './a[b].txt', literal: true }] } });
    expect(r).toMatchObject({ ok: true, warnings: [] });
    expect(r.ok && r.value.filesystem).toMatchObject({ disabled: true, denyRead: ['~/.aws'], literal: { denyRead: ['./a[b].txt'] } });
    const bad = parseSrtSettings({ ...base, filesystem: { ...base.filesystem, denyWrite: [{ path: 'x' }] } });
    expect(!bad.ok && bad.errors).toEqual([{ path: 'filesystem.denyWrite[0]', message: 'must be a path, or { "path": "<path>", "literal": true }' }]);
  });

  it('names the JSON path and why a domain is rejected', () => {
    const r = parseSrtSettings({ ...base, network: { allowedDomains: ['a.com', 'b.org', '*.com'], deniedDomains: ['*'] } });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual([{ path: 'network.allowedDomains[2]', message: expect.stringMatching(/^"\*\.com" is too broad: /) as unknown as string }]);
  });

  it('reports missing required keys and wrong types with what was expected', () => {
    const r = parseSrtSettings({ network: { allowedDomains: [] }, filesystem: { denyRead: 'x', allowWrite: [''], denyWrite: [] } });
    expect(!r.ok && r.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'network.deniedDomains: is required: expected an array',
      'filesystem.denyRead: expected an array, got the string "x"',
      'filesystem.allowWrite[0]: is empty: a path is required',
    ]);
  });

  it('warns on unknown keys and on real keys the simulator does not model', () => {
    const r = parseSrtSettings({ ...base, netwrok: {}, credentials: {}, filesystem: { ...base.filesystem, denyReed: [] } });
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.path)).toEqual(['filesystem.denyReed', 'netwrok', 'credentials']);
  });

  it('turns bad JSON into one issue at the root', () => {
    const r = parseSrtSettings('{"network": ');
    expect(!r.ok && r.errors[0]?.message).toMatch(/^not valid JSON/);
  });
});
