// Public surface of the engine. The engine is pure TypeScript: no React, no DOM, no WebContainer,
// no Node-only modules, no wall clock and no Math.random (see eslint.config.js).
export const ENGINE_VERSION = 1;

export { PRODUCT_IDS, LAYER_IDS, isProductId, type ProductId, type LayerId } from './core/ids.ts';
export type { SimEvent, SimEventType, EventOf, Verdict, Failure, AnswererKind, ChoiceKind } from './core/events.ts';
export { foldLog, lastSeqOfStep, ViewBuilder, type SimView, type FileTouch, type NetworkEntry, type ApprovalEntry, type LayerTally } from './core/fold.ts';
export { createRng, nextFloat, type Rng } from './core/rng.ts';
export { profileSchema, parseProfile, type ProductProfile, type ClaudeCodeProfile, type ClaudeAiProfile, type CoworkProfile, type ProfileParse } from './profile/schema.ts';
export { preset, presetsFor, shippedProfile } from './profile/presets.ts';
export { LOOSENINGS, type Loosening } from './profile/loosen.ts';
export { WHERE as LAYER_WHERE, type LayerDecision, type ToolCall } from './layers/types.ts';
export { fatiguedApprovalRate, CLASSIFIER, type Answerer, type ApprovalRequest } from './agent/approvals.ts';
export { runScenario, type RunOptions, type RunResult, type Outcome, type HarmResult } from './run/runScenario.ts';
export { monteCarlo, type MonteCarloOptions, type Distribution } from './run/monteCarlo.ts';
export { SCENARIOS, SCENARIO_IDS, scenarioById } from './scenarios/index.ts';
export type { Scenario, ScriptItem, ToolStep, Harm, RunFacts, ProductSetup, InjectionSource } from './scenarios/types.ts';
export { devLaptop } from './world/devLaptop.ts';
export { findCanaries, canaryFor, type CanaryHit } from './world/canary.ts';
export type { World, Secret, WorldFile, NetHost } from './world/types.ts';
export { GuardedFs, type FsGuard, type GuardResult } from './vfs/guardedFs.ts';
export { securityView, type SecurityView } from './products/securityView.ts';
export { profileFromConfig, type ProfileFromConfig } from './review/fromConfig.ts';
export { reachableBlast, scenarioBlast, combineBlast, ZONES, type BlastRadius, type AssetBlast, type AssetMark, type ReachableBlast, type Zone, type Effect, type Watcher } from './blast/index.ts';
export { containmentVerdict, type ContainmentVerdict, type DecidedBy } from './verdict.ts';
export { checkProfile, checkJson, selectIncidents, type CheckReport, type IncidentCheck, type Recommendation } from './review/check.ts';
export { reviewMarkdown, type ReportSource } from './review/report.ts';
export { settingsToProfile, srtToProfile, describeProfile, type ReviewFormat } from './review/configProfile.ts';
export { catalogDistributions, distributionOf, type IncidentDistribution } from './review/distributions.ts';
