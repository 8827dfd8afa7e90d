// Blast radius: what an agent could reach under a profile, and what a run actually did.
export { ZONES, worldAssets, type Asset, type Zone, type Capability, type AssetKind } from './assets.ts';
export { reachableBlast, type Grant, type ReachableBlast, type ReachableAsset, type ReachOptions } from './reachable.ts';
export { realizedAssets, EFFECTS, EFFECT_MULTIPLIER, watchersOf, type Effect, type Watcher, type RealizedAsset } from './realized.ts';
export { combineBlast, scenarioBlast, type BlastRadius, type AssetBlast, type AssetMark } from './blastRadius.ts';
