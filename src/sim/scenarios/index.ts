// The scenario catalog, by stable id.
import { phishedPrompt } from './phishedPrompt.ts';
import { approvedDomainExfil } from './approvedDomainExfil.ts';
import { edrBlindSpot } from './edrBlindSpot.ts';
import { memoryPoisoning } from './memoryPoisoning.ts';
import { poisonedReadme } from './poisonedReadme.ts';
import { subagentTrustEscalation } from './subagentTrustEscalation.ts';
import { symlinkMountEscape } from './symlinkMountEscape.ts';
import { vmCrash } from './vmCrash.ts';
import { sandboxEscape } from './sandboxEscape.ts';
import { approvalFatigue } from './approvalFatigue.ts';
import { canaryPickup } from './canaryPickup.ts';
import { preTrustConfig } from './preTrustConfig.ts';
import { gitHistoryAnswers } from './gitHistoryAnswers.ts';
import { answerKeyDecryption } from './answerKeyDecryption.ts';
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
  preTrustConfig,
  sandboxEscape,
  gitHistoryAnswers,
  answerKeyDecryption,
  approvalFatigue,
  canaryPickup,
];

export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

export const SCENARIO_IDS: readonly string[] = SCENARIOS.map((s) => s.id);
