import type { CcCase } from './caseTypes.ts';
export function incidentCases(): CcCase[] {
  return [];
}
