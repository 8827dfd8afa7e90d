// Settings files are hostile input too: forty `/**` segments in a denyRead, twenty-six `* ` words in
// excludedCommands or a Read(****...) rule once made check and explain exponential. Every glob and rule
// matcher now runs on the linear-time matcher; these properties prove the bound in counted steps (not
// wall time) on long star-heavy inputs, and that matching means exactly what it meant before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlob, globSource } from '../../../src/sim/policy/glob.ts';
import { compilePathPattern } from '../../../src/sim/policy/pathRules.ts';
import { compileBashPattern, matchesBashPattern } from '../../../src/sim/policy/bashRules.ts';
import { domainPatternProblem, hostMatches, parseDomainPattern } from '../../../src/sim/policy/domains.ts';
import { LinearRegExp, matcherSteps } from '../../../src/sim/core/linearRegex.ts';

const globPiece = fc.constantFrom('a', 'b', '/', '*', '**', '**/', '?', '[ab]', '[!a]', '[', ']', '.', '\\', '{', '(', '+', '$');
const glob = fc.array(globPiece, { minLength: 1, maxLength: 8 }).map((p) => `/${p.join('')}`);
const path = fc.array(fc.constantFrom('a', 'b', '/', '.', 'ab', '[', '\\', '('), { maxLength: 8 }).map((p) => `/${p.join('')}`);
const starHeavyGlob = fc.array(fc.constantFrom('/**', '/*', '*', '**', 'a', '?', '/a*'), { minLength: 20, maxLength: 60 }).map((p) => `${p.join('')}/Z`);
const longPath = fc.array(fc.constantFrom('a', 'aa', 'b', '.x'), { minLength: 20, maxLength: 200 }).map((p) => `/${p.join('/')}`);

/** Steps one call takes, and the linear bound for its regex: (input + 1) x 2 x states. */
function stepsOf(re: RegExp, input: string): { steps: number; bound: number } {
  const before = matcherSteps.count;
  re.test(input);
  return { steps: matcherSteps.count - before, bound: (input.length + 1) * 2 * (re as LinearRegExp).states };
}

describe('policy matchers are linear-time and keep their meaning', () => {
  it('globs match exactly what the native regex of the same glob matched', () => {
    fc.assert(fc.property(glob, fc.array(path, { minLength: 1, maxLength: 5 }), fc.boolean(), (g, paths, subtree) => {
      const re = compileGlob(g, subtree);
      let native: RegExp | null;
      try {
        native = new RegExp(`^${globSource(g)}${subtree ? '(?:/.*)?' : ''}$`, 's');
      } catch {
        native = null;
      }
      expect(re === null, g).toBe(native === null);
      for (const p of paths) expect(re?.test(p), `${g} on ${p}`).toBe(native?.test(p));
    }), { numRuns: 1500, seed: 1901 });
  });

  it('star-heavy globs (srt denyRead/allowRead, Read/Edit rules) stay within the step bound', () => {
    fc.assert(fc.property(starHeavyGlob, longPath, (g, p) => {
      const re = compileGlob(g, false) as RegExp;
      const { steps, bound } = stepsOf(re, p);
      expect(steps).toBeLessThanOrEqual(bound);
      const rule = compilePathPattern(g.slice(1), { cwd: '/p', home: '/h', projectRoot: '/p' }) as RegExp;
      const r = stepsOf(rule, p);
      expect(r.steps).toBeLessThanOrEqual(r.bound);
    }), { numRuns: 200, seed: 1902 });
  });

  it('the issue\'s forty /** segments and Read(****...Z) finish in a bounded number of steps', () => {
    const forty = compileGlob(`${'/**'.repeat(40)}/Z`, false) as RegExp;
    const deep = `/${Array(60).fill('a').join('/')}`;
    const a = stepsOf(forty, deep);
    expect(forty.test(deep)).toBe(false);
    expect(forty.test(`${deep}/Z`)).toBe(true);
    expect(a.steps).toBeLessThanOrEqual(a.bound);
    const stars = compilePathPattern(`${'*'.repeat(60)}Z`, { cwd: '/p', home: '/h', projectRoot: '/p' }) as RegExp;
    const b = stepsOf(stars, `/p/${'a'.repeat(200)}`);
    expect(b.steps).toBeLessThanOrEqual(b.bound);
  });

  it('Bash wildcard rules and excludedCommands: same meaning as before, linear steps on 26 stars', () => {
    const word = fc.constantFrom('ls', 'git', '*', ' ', '-la', '\\*', 'a', ':*', 'x');
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.array(fc.array(word, { maxLength: 6 }), { minLength: 1, maxLength: 4 }), (spec, commands) => {
      const p = compileBashPattern(spec.join(''));
      if (p.kind !== 'wildcard') return;
      const native = new RegExp(p.regex.source, 's');
      for (const c of commands.map((w) => w.join(''))) expect(matchesBashPattern(p, c), `${spec.join('')} on ${c}`).toBe(native.test(c));
    }), { numRuns: 1000, seed: 1903 });
    const excluded = compileBashPattern(`${'* '.repeat(26)}*X`);
    if (excluded.kind !== 'wildcard') throw new Error('expected a wildcard rule');
    const command = Array(200).fill('a').join(' ');
    const r = stepsOf(excluded.regex, command);
    expect(matchesBashPattern(excluded, command)).toBe(false);
    expect(r.steps).toBeLessThanOrEqual(r.bound);
  });

  it('domain patterns admit no star but a leading "*.", so host matching is one suffix compare', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('*', '*.', 'a', '.', 'b.com'), { minLength: 2, maxLength: 30 }), (parts) => {
      const raw = parts.join('');
      const problem = domainPatternProblem(raw, 'allow');
      if (problem !== null) return;
      // Accepted: either no star at all or exactly one, leading.
      expect(raw.indexOf('*', 1)).toBe(-1);
      const p = parseDomainPattern(raw);
      expect(typeof hostMatches(`${'a.'.repeat(5000)}b.com`, p)).toBe('boolean');
    }), { numRuns: 500, seed: 1904 });
  });
});
