import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHash, serializeHash, defaultsOf, type HashTable } from '../../../src/app/share/hashState.ts';

const table: HashTable = {
  incident: { kind: 'enum', values: ['phished-prompt', 'pre-trust-config'], default: 'phished-prompt' },
  'claude-code.sandbox': { kind: 'bool', default: true },
  seed: { kind: 'int', min: 0, max: 1_000_000, default: 1 },
  'cowork.allowedDomains': { kind: 'list', default: ['api.anthropic.com'], item: (v) => (v.includes('.') ? null : 'has no dot') },
};

describe('URL-hash share state', () => {
  it('reads readable key=value pairs into typed values', () => {
    const parsed = parseHash('#v=1&incident=pre-trust-config&claude-code.sandbox=off&seed=3', table);
    expect(parsed.notices).toEqual([]);
    expect(parsed.values).toEqual({ ...defaultsOf(table), incident: 'pre-trust-config', 'claude-code.sandbox': false, seed: 3 });
    expect([...parsed.explicit].sort()).toEqual(['claude-code.sandbox', 'incident', 'seed']);
  });

  it('falls back to defaults with a notice naming the key for each bad value', () => {
    const parsed = parseHash('#incident=nope&claude-code.sandbox=maybe&seed=-4&cowork.allowedDomains=good.com,bad&mystery=1', table);
    expect(parsed.values).toEqual(defaultsOf(table));
    expect(parsed.notices).toHaveLength(5);
    expect(parsed.notices[0]).toContain('incident=nope');
    expect(parsed.notices[1]).toContain('claude-code.sandbox=maybe');
    expect(parsed.notices[2]).toContain('seed=-4');
    expect(parsed.notices[3]).toContain('"bad" has no dot');
    expect(parsed.notices[4]).toContain('Unknown setting "mystery"');
  });

  it('reports broken percent-encoding and a foreign version instead of throwing', () => {
    const parsed = parseHash('#v=9&seed=%E0%A4%A', table);
    expect(parsed.notices.some((n) => n.includes('version 9'))).toBe(true);
    expect(parsed.notices.some((n) => n.includes('not valid URL encoding'))).toBe(true);
  });

  it('round-trips any valid state and writes only what differs from the defaults', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('phished-prompt', 'pre-trust-config'),
        fc.boolean(),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.domain(), { maxLength: 4 }),
        (incident, sandbox, seed, domains) => {
          const values = { incident, 'claude-code.sandbox': sandbox, seed, 'cowork.allowedDomains': domains };
          const hash = serializeHash(values, table);
          expect(parseHash(hash, table).values).toEqual(values);
          expect(parseHash(hash, table).notices).toEqual([]);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
    expect(serializeHash(defaultsOf(table), table)).toBe('#v=1');
  });

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseHash(s, table)), { seed: 7, numRuns: 2000 });
  });
});

describe('notices quote long values briefly', () => {
  it('cuts a long bad value short and says how long it was', () => {
    const table = { 'cowork.files': { kind: 'text', default: '', pattern: /^[a-z]+$/ } } as const;
    const long = `${'x'.repeat(500)}!`;
    const { notices } = parseHash(`#cowork.files=${long}`, table);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('(501 characters)');
    expect((notices[0] ?? '').length).toBeLessThan(160);
  });
});
