// Proves the lint rule that keeps src/sim and src/lessons pure actually fires.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });
const impure = readFileSync('test/fixtures/lint/impure-sim.ts.txt', 'utf8');
const pure = readFileSync('test/fixtures/lint/pure-sim.ts.txt', 'utf8');

async function lint(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error('no lint result');
  return result.messages;
}

describe('pure-core lint rule', () => {
  for (const where of ['src/sim/fixture.ts', 'src/lessons/fixture.ts']) {
    it(`rejects UI, store, DOM, WebContainer, Node and nondeterminism in ${where}`, async () => {
      const messages = await lint(impure, where);
      const lines = (rule: string) => messages.filter((m) => m.ruleId === rule).map((m) => m.line).sort((x, y) => x - y);
      expect(lines('no-restricted-imports')).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(lines('no-restricted-globals')).toEqual([10, 11]);
      expect(lines('no-restricted-properties')).toEqual([12, 13]);
      expect(lines('no-restricted-syntax')).toEqual([14]);
    });
  }

  it('accepts pure engine code', async () => {
    expect(await lint(pure, 'src/sim/fixture.ts')).toEqual([]);
  });

  it('does not apply the rule to the app', async () => {
    const messages = await lint(impure, 'src/app/fixture.ts');
    expect(messages.filter((m) => m.ruleId?.startsWith('no-restricted'))).toEqual([]);
  });
});
