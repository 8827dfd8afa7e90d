// The curriculum, in teaching order. Each lesson only uses ideas taught by itself or earlier
// lessons; test/lessons/curriculum.test.ts proves that and that every idea is taught.
import { blastRadius } from './curriculum/01-blastRadius.ts';
import { risksAndDefenses } from './curriculum/02-risksAndDefenses.ts';
import { ephemeralContainer } from './curriculum/03-ephemeralContainer.ts';
import { sandboxAndFatigue } from './curriculum/04-sandboxAndFatigue.ts';
import { sandboxRules } from './curriculum/05-sandboxRules.ts';
import { configBeforeTrust } from './curriculum/06-configBeforeTrust.ts';
import { phishedPrompt } from './curriculum/07-phishedPrompt.ts';
import { localVm } from './curriculum/08-localVm.ts';
import { allowlistCapability } from './curriculum/09-allowlistCapability.ts';
import { scopedTokens } from './curriculum/10-scopedTokens.ts';
import { hostVsFullVm } from './curriculum/11-hostVsFullVm.ts';
import { untrustedToolOutput } from './curriculum/12-untrustedToolOutput.ts';
import { edrVisibility } from './curriculum/13-edrVisibility.ts';
import { memoryPoisoning } from './curriculum/14-memoryPoisoning.ts';
import { subagentsAndIdentity } from './curriculum/15-subagentsAndIdentity.ts';
import { modelShortcuts } from './curriculum/16-modelShortcuts.ts';
import { capstone } from './curriculum/17-capstone.ts';
import type { Lesson } from './types.ts';

export const CURRICULUM: readonly Lesson[] = [
  blastRadius, risksAndDefenses, ephemeralContainer, sandboxAndFatigue, sandboxRules, configBeforeTrust,
  phishedPrompt, localVm, allowlistCapability, scopedTokens, hostVsFullVm, untrustedToolOutput,
  edrVisibility, memoryPoisoning, subagentsAndIdentity, modelShortcuts, capstone,
];

export function lessonById(id: string): Lesson | undefined {
  return CURRICULUM.find((l) => l.id === id);
}

/** The lesson after `id`, if any. */
export function nextLesson(id: string): Lesson | undefined {
  const i = CURRICULUM.findIndex((l) => l.id === id);
  return i === -1 ? undefined : CURRICULUM[i + 1];
}
