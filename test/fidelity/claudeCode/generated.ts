import type { CcCase } from './caseTypes.ts';
export function generatedCcCases(_seed: number, _n: number): CcCase[] {
  return [];
}
