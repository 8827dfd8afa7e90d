// Single-control loosenings: each takes a profile and opens exactly one control one notch. Used by the
// monotonicity property ("loosening never shrinks what is reachable") and by lessons that ask
// "which single change made this worse?". Each product module declares its own (src/sim/products/).
export { LOOSENINGS } from '../products/index.ts';
export type { Loosening } from '../products/types.ts';
