// The scenario catalog, by stable id.
import { phishedPrompt } from './phishedPrompt.ts';
import type { Scenario } from './types.ts';

export const SCENARIOS: readonly Scenario[] = [phishedPrompt];

export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

export const SCENARIO_IDS: readonly string[] = SCENARIOS.map((s) => s.id);
