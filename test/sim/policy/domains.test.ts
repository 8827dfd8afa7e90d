import { describe, expect, it } from 'vitest';
import { canonicalizeHost, domainPatternProblem, isValidHost, parseDomainPattern, patternMatches } from '../../../src/sim/policy/domains.ts';

describe('domain pattern validation (rejected at load, as sandbox-runtime does)', () => {
  it.each([
    ['example.com'], ['*.example.com'], ['api.github.com:443'], ['*.npmjs.org:8443'], ['localhost'], ['[::1]'], ['[2001:db8::1]:443'], ['127.0.0.1'],
  ])('accepts %s', (entry) => {
    expect(domainPatternProblem(entry, 'allow')).toBeNull();
  });

  it.each([
    ['*.com', /too broad/], ['*', /only accepted in deniedDomains/], ['*example.com', /outside a leading/], ['http://x.com', /URL/],
    ['x.com/path', /path/], ['intranet', /no dot/], ['.example.com', /dot/], ['example.com.', /dot/], ['::1', /brackets/],
    ['example.com:0', /port/], ['example.com:99999', /port/], ['a.*.example.com', /outside/],
  ])('rejects %s with a reason', (entry, reason) => {
    expect(domainPatternProblem(entry, 'allow')).toMatch(reason);
  });

  it('a bare * is accepted in deniedDomains only', () => {
    expect(domainPatternProblem('*', 'deny')).toBeNull();
    expect(domainPatternProblem('*:22', 'deny')).toBeNull();
  });
});

describe('host canonicalization', () => {
  it.each([
    ['Example.COM.', 'example.com'], ['127.1', '127.0.0.1'], ['2130706433', '127.0.0.1'], ['0x7f.0.0.1', '127.0.0.1'],
    ['[0:0:0:0:0:0:0:1]', '::1'], ['::ffff:127.0.0.1', '127.0.0.1'], ['2852039166', '169.254.169.254'],
  ])('%s -> %s', (raw, canonical) => {
    expect(canonicalizeHost(raw)).toBe(canonical);
  });

  it('rejects hosts with control characters or zone ids', () => {
    expect(isValidHost('evil.com\u0000.allowed.com')).toBe(false);
    expect(isValidHost('fe80::1%eth0')).toBe(false);
    expect(isValidHost('ok-host_1.example')).toBe(true);
  });
});

describe('matching', () => {
  const m = (host: string, port: number, pattern: string) => patternMatches(canonicalizeHost(host) ?? host, port, parseDomainPattern(pattern));
  it('wildcards match any subdomain depth but never the apex', () => {
    expect(m('a.example.com', 443, '*.example.com')).toBe(true);
    expect(m('a.b.example.com', 443, '*.example.com')).toBe(true);
    expect(m('example.com', 443, '*.example.com')).toBe(false);
    expect(m('badexample.com', 443, '*.example.com')).toBe(false);
  });

  it('exact entries are case-insensitive; ports narrow an entry', () => {
    expect(m('EXAMPLE.com', 80, 'example.COM')).toBe(true);
    expect(m('example.com', 8080, 'example.com:8080')).toBe(true);
    expect(m('example.com', 443, 'example.com:8080')).toBe(false);
  });

  it('wildcards never match IP literals', () => {
    expect(m('1.2.3.4', 80, '*.3.4')).toBe(false);
  });
});
