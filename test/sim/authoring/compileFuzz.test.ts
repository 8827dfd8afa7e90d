// The compiler takes text pasted from anywhere: it must never throw, and every rejection must say
// where (a JSON path) and what. Mutations start from a valid template so they reach the cross-checks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/sim/authoring/compile.ts';
import { EXAMPLES } from '../../../src/sim/authoring/examples.ts';

const PATH = /^(\(root\)|[A-Za-z_$][\w$-]*(\[\d+\]|\.[\w$-]+)*)$/;

function assertWellFormed(input: unknown): void {
  const result = compileScenario(input);
  if (result.ok) {
    expect(typeof result.scenario.world).toBe('function');
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors) {
    expect(e.path).toMatch(PATH);
    expect(e.message.length).toBeGreaterThan(0);
  }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Replace the value at a random position of `doc` (chosen by `picks`) with `value`. */
function mutate(doc: Json, picks: number[], value: Json): Json {
  if (picks.length === 0 || doc === null || typeof doc !== 'object') return value;
  const [pick = 0, ...rest] = picks;
  if (Array.isArray(doc)) {
    if (doc.length === 0) return [value];
    const i = pick % doc.length;
    return doc.map((v, j) => (j === i ? mutate(v, rest, value) : v));
  }
  const keys = Object.keys(doc);
  if (keys.length === 0) return { extra: value };
  const key = keys[pick % keys.length] as string;
  return { ...doc, [key]: mutate(doc[key] as Json, rest, value) };
}

describe('compileScenario under fuzzing', () => {
  it('never throws on arbitrary JSON and reports paths', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => assertWellFormed(value)), { numRuns: 300, seed: 20261122 });
  });

  it('never throws on mutated templates', () => {
    const templates = EXAMPLES.map((e) => JSON.parse(JSON.stringify(e.spec)) as Json);
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
      fc.constantFrom<Json>('', 'sandbox.enabled', 'aws-credentials', '(', '~/', '/', 'shipped', 'not-a-preset', -1, 1e308, {}, []),
    );
    fc.assert(
      fc.property(fc.nat({ max: templates.length - 1 }), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), value, (t, picks, v) => {
        assertWellFormed(mutate(templates[t] as Json, picks, v));
      }),
      { numRuns: 400, seed: 11 },
    );
  });
});
