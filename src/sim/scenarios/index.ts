// The scenario catalog, by stable id.
import { phishedPrompt } from './phishedPrompt.ts';
import { approvedDomainExfil } from './approvedDomainExfil.ts';
import { edrBlindSpot } from './edrBlindSpot.ts';
import { memoryPoisoning } from './memoryPoisoning.ts';
import { poisonedReadme } from './poisonedReadme.ts';
import { subagentTrustEscalation } from './subagentTrustEscalation.ts';
import { symlinkMountEscape } from './symlinkMountEscape.ts';
import { vmCrash } from './vmCrash.ts';
import type { Scenario } from './types.ts';

export const SCENARIOS: readonly Scenario[] = [
  phishedPrompt,
  approvedDomainExfil,
  edrBlindSpot,
  poisonedReadme,
  memoryPoisoning,
  subagentTrustEscalation,
  symlinkMountEscape,
  vmCrash,
];

export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

export const SCENARIO_IDS: readonly string[] = SCENARIOS.map((s) => s.id);
