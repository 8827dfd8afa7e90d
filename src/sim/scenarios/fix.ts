// Applying and removing an incident's fix. A fix is a list of control changes, so "remove only the
// fix" means: start from the fixed profile and put just those controls back to the original values.
import type { ProductProfile } from '../profile/schema.ts';
import { getAtPath, setAtPath } from '../profile/controlPath.ts';
import type { Fix } from './types.ts';

export function applyFix(profile: ProductProfile, fix: Fix): ProductProfile {
  return fix.changes.reduce((p, change) => setAtPath(p, change.path, structuredClone(change.value)), profile);
}

/** `fixed` with every control the fix touches set back to its value in `original`. */
export function removeFix(fixed: ProductProfile, fix: Fix, original: ProductProfile): ProductProfile {
  return fix.changes.reduce((p, change) => setAtPath(p, change.path, structuredClone(getAtPath(original, change.path))), fixed);
}
