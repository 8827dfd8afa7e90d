// The domain rules against sandbox-runtime's own code (the installed 0.0.83 package, imported here
// as a test oracle only): load-time validation, host validation, canonicalization and matching must
// give the same answers on thousands of generated strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NetworkConfigSchema } from '@anthropic-ai/sandbox-runtime/dist/sandbox/sandbox-config.js';
import { matchesDomainPatternWithPort } from '@anthropic-ai/sandbox-runtime/dist/sandbox/domain-pattern.js';
import { canonicalizeHost as realCanonicalize, isValidHost as realIsValidHost } from '@anthropic-ai/sandbox-runtime/dist/sandbox/parent-proxy.js';
import { canonicalizeHost, domainPatternProblem, isValidHost, parseDomainPattern, patternMatches } from '../../../src/sim/policy/domains.ts';

const piece = fc.constantFrom('*', '.', ':', '[', ']', '/', 'example', 'com', 'a', 'x-1', '_dmarc', 'EXAMPLE', '127', '1', '0x7f', '::', 'ffff',
  '443', '8080', '0', '99999', 'localhost', 'http://', '%eth0', ' ', '2130706433', 'org', 'b');
const entry = fc.array(piece, { minLength: 1, maxLength: 7 }).map((parts) => parts.join(''));
const hostish = fc.oneof(entry, fc.constantFrom('127.1', '0x7f.0.0.1', '[::1]', '::ffff:127.0.0.1', 'Example.COM.', 'a.b.example.com', '169.254.169.254', '2852039166'));

function realAccepts(list: 'allow' | 'deny', value: string): boolean {
  const network = list === 'allow' ? { allowedDomains: [value], deniedDomains: [] } : { allowedDomains: [], deniedDomains: [value] };
  return NetworkConfigSchema.safeParse(network).success;
}

describe('domain rules agree with sandbox-runtime 0.0.83', () => {
  it('load-time validation accepts and rejects the same entries', () => {
    fc.assert(fc.property(entry, (value) => {
      expect(domainPatternProblem(value, 'allow') === null, `allow ${JSON.stringify(value)}`).toBe(realAccepts('allow', value));
      expect(domainPatternProblem(value, 'deny') === null, `deny ${JSON.stringify(value)}`).toBe(realAccepts('deny', value));
    }), { numRuns: 4000, seed: 21 });
  });

  it('host validation and canonicalization match', () => {
    fc.assert(fc.property(hostish, (host) => {
      expect(isValidHost(host), JSON.stringify(host)).toBe(realIsValidHost(host));
      expect(canonicalizeHost(host) ?? undefined, JSON.stringify(host)).toBe(realCanonicalize(host));
    }), { numRuns: 4000, seed: 22 });
  });

  it('matching a canonical host and port against an accepted pattern matches', () => {
    const accepted = entry.filter((e) => realAccepts('deny', e));
    fc.assert(fc.property(accepted, hostish, fc.constantFrom(80, 443, 8080), (pattern, host, port) => {
      if (!realIsValidHost(host)) return;
      const canonical = realCanonicalize(host) ?? host;
      expect(patternMatches(canonical, port, parseDomainPattern(pattern)), `${host}:${port} vs ${pattern}`)
        .toBe(matchesDomainPatternWithPort(canonical, port, pattern));
    }), { numRuns: 4000, seed: 23 });
  });
});
