// The linear matcher agrees with the native engine on every pattern it accepts, and its cost is
// bounded by (input length + 1) x 2 x program size state visits, whatever the input: counted in
// steps, not milliseconds, so the bound holds on a busy machine too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LinearRegExp, UnsupportedPattern, matcherSteps } from '../../../src/sim/core/linearRegex.ts';

/** Random patterns from a grammar covering the supported syntax, including ambiguous nested repetition. */
const patterns = (maxDepth: number): fc.Arbitrary<string> => fc.letrec<{ re: string; atom: string }>((tie) => ({
  atom: fc.oneof(
    { maxDepth, withCrossShrink: true },
    fc.constantFrom('a', 'b', '.', '\\d', '\\w', '\\s', '[ab]', '[^a]', '[a-c]', '\\.', '-', '/', ' ', '\\b', '^', '$', '\\x61', '[\\d-]'),
    tie('re').map((r) => `(${r})`),
    tie('re').map((r) => `(?:${r})`),
  ),
  re: fc.array(
    fc.tuple(tie('atom'), fc.constantFrom('', '', '*', '+', '?', '{2}', '{1,3}', '*?', '+?')).map(([a, q]) => (/^[\^$]$|^\\b$/.test(a) ? a : a + q)),
    { minLength: 1, maxLength: 4 },
  ).chain((parts) => fc.constantFrom(parts.join(''), `${parts.join('')}|${parts[0] ?? 'a'}`)),
})).re;
const pattern = patterns(2);

// Short inputs: the native engine is the reference here, and it is exponential on some of these patterns.
const input = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '1', ' ', '/', '.', '\n', '-'), maxLength: 8 });

function linear(source: string, flags = ''): LinearRegExp | null {
  try {
    return new LinearRegExp(source, flags);
  } catch (error) {
    if (error instanceof UnsupportedPattern || error instanceof SyntaxError) return null;
    throw error;
  }
}

describe('linear-time regular expressions', () => {
  it('match exactly what the native engine matches (generated patterns and inputs)', () => {
    fc.assert(fc.property(patterns(1), fc.array(input, { minLength: 1, maxLength: 6 }), fc.constantFrom('', 's', 'i'), (src, inputs, flags) => {
      let native: RegExp;
      try {
        native = new RegExp(src, flags);
      } catch {
        return;
      }
      const lin = linear(src, flags);
      expect(lin, src).not.toBeNull();
      for (const s of inputs) expect(lin?.test(s), `/${src}/${flags} on ${JSON.stringify(s)}`).toBe(native.test(s));
    }), { numRuns: 1500, seed: 190 });
  });

  it('refuses what needs backtracking, naming why', () => {
    expect(() => new LinearRegExp('(a)\\1')).toThrow(/backreference/);
    expect(() => new LinearRegExp('a(?=b)')).toThrow(/lookaround/);
    expect(() => new LinearRegExp('a(?<!b)')).toThrow(/lookaround/);
    expect(() => new LinearRegExp('(a{1000}){1000}')).toThrow(/more than 20000 states/);
  });

  it('ambiguous nested repetition finishes within the step bound (the issue\'s ((a)+)+$ and (a|a)+$)', () => {
    for (const src of ['((a)+)+$', '(a|a)+$', '(a+)+$', '(a*)*b', '(.*a){12}', '^(\\w+\\s?)*$']) {
      const re = new LinearRegExp(src);
      for (const n of [40, 400, 4000]) {
        const s = `echo ${'a'.repeat(n)}!`;
        const before = matcherSteps.count;
        re.test(s);
        expect(matcherSteps.count - before, `${src} on ${n}`).toBeLessThanOrEqual((s.length + 1) * 2 * re.states);
      }
    }
  });

  it('every generated pattern stays within the linear bound on long inputs', () => {
    fc.assert(fc.property(pattern, fc.string({ unit: fc.constantFrom('a', 'b', ' ', '1'), minLength: 200, maxLength: 2000 }), (src, s) => {
      const re = linear(src);
      if (re === null) return;
      const before = matcherSteps.count;
      re.test(s);
      expect(matcherSteps.count - before).toBeLessThanOrEqual((s.length + 1) * 2 * re.states);
    }), { numRuns: 300, seed: 191 });
  });
});
