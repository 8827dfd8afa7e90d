// Nothing throws on any input: random JSON values, random text, and valid files mutated at random
// must all come back as a result with errors or warnings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClaudeCodeSettings } from '../../../src/sim/config/claudeCodeSettings.ts';
import { detectFormat } from '../../../src/sim/config/detectFormat.ts';
import { parseSrtSettings } from '../../../src/sim/config/srtSettings.ts';

const validSrt = { network: { allowedDomains: ['example.com', '*.npmjs.org'], deniedDomains: ['bad.example.com'] }, filesystem: { denyRead: ['~/.aws'], allowRead: [], allowWrite: ['.'], denyWrite: ['.env'] } };
const validCc = { permissions: { allow: ['Bash(npm test)'], deny: ['Read(./.env)'], defaultMode: 'default' }, sandbox: { enabled: true, network: { allowedDomains: ['github.com'] }, filesystem: { denyRead: ['~/.ssh'] } } };

const leaf = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('*', '*.com', 'http://x', '', '~', '::1', 'Bash(', 'x.com:0'));
/** Replace the value at a random path of a valid file with something random. */
function mutate(valid: unknown): fc.Arbitrary<unknown> {
  return fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.oneof(leaf, fc.jsonValue()), fc.boolean()).map(([picks, replacement, drop]) => {
    const copy = structuredClone(valid) as Record<string, unknown>;
    let cur: Record<string, unknown> = copy;
    for (const [i, pick] of picks.entries()) {
      const keys = Object.keys(cur);
      if (keys.length === 0) break;
      const key = keys[pick % keys.length] as string;
      const next = cur[key];
      if (i === picks.length - 1 || next === null || typeof next !== 'object') {
        if (drop) delete cur[key];
        else cur[key] = replacement;
        break;
      }
      cur = next as Record<string, unknown>;
    }
    return copy;
  });
}

function wellFormed(r: { ok: boolean; warnings: unknown[]; errors?: unknown[] }): boolean {
  return Array.isArray(r.warnings) && (r.ok || (Array.isArray(r.errors) && r.errors.length > 0));
}

describe('config parsers never throw', () => {
  it('on arbitrary JSON values and text', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.anything()), (input) => {
      expect(wellFormed(parseSrtSettings(input))).toBe(true);
      expect(wellFormed(parseClaudeCodeSettings(input))).toBe(true);
      detectFormat(input);
    }), { numRuns: 2000, seed: 11 });
  });

  it('on valid files mutated at random (as objects and as JSON text)', () => {
    fc.assert(fc.property(mutate(validSrt), mutate(validCc), (srt, cc) => {
      expect(wellFormed(parseSrtSettings(srt))).toBe(true);
      expect(wellFormed(parseSrtSettings(JSON.stringify(srt)))).toBe(true);
      expect(wellFormed(parseClaudeCodeSettings(cc))).toBe(true);
      expect(wellFormed(parseClaudeCodeSettings(JSON.stringify(cc)))).toBe(true);
    }), { numRuns: 3000, seed: 12 });
  });

  it('on truncated and byte-flipped JSON text', () => {
    const text = JSON.stringify(validCc);
    fc.assert(fc.property(fc.nat(text.length), fc.nat(text.length), fc.string({ minLength: 1, maxLength: 1 }), (cut, at, ch) => {
      const broken = text.slice(0, cut);
      const flipped = text.slice(0, at) + ch + text.slice(at + 1);
      for (const t of [broken, flipped]) {
        expect(wellFormed(parseClaudeCodeSettings(t))).toBe(true);
        expect(wellFormed(parseSrtSettings(t))).toBe(true);
      }
    }), { numRuns: 2000, seed: 13 });
  });

  it('every error names a path inside the input or the root, and a message', () => {
    fc.assert(fc.property(mutate(validSrt), (srt) => {
      const r = parseSrtSettings(srt);
      if (!r.ok) for (const e of r.errors) expect(e.message.length).toBeGreaterThan(0);
    }), { numRuns: 1000, seed: 14 });
  });
});
