// Which settings of a profile differ from another (usually the product's shipped defaults), named by
// control path (`sandbox.enabled`, `mounts.entries[0].mode`) so the UI can label them with the same
// table the controls use. Lists are compared whole: a domain added to an allowlist is one change.
export interface ProfileDifference {
  path: string;
  value: unknown;
  base: unknown;
}

/** Identity fields, not settings: a preset's name says where a profile came from, not what it does. */
const IDENTITY = new Set(['name', 'product']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function walk(value: unknown, base: unknown, path: string, out: ProfileDifference[]): void {
  if (isRecord(value) && isRecord(base)) {
    const keys = [...new Set([...Object.keys(value), ...Object.keys(base)])];
    for (const key of keys) {
      if (path === '' && IDENTITY.has(key)) continue;
      walk(value[key], base[key], path === '' ? key : `${path}.${key}`, out);
    }
    return;
  }
  // Arrays of records (mount entries) are addressed by index, as their controls are; a change in
  // length is reported on the list itself.
  if (Array.isArray(value) && Array.isArray(base) && value.length === base.length && value.some(isRecord)) {
    value.forEach((item, i) => walk(item, base[i], `${path}[${i}]`, out));
    return;
  }
  if (!same(value, base)) out.push({ path, value, base });
}

/** Every setting where `profile` differs from `base`, in the order the profile declares them. */
export function profileDifferences(profile: unknown, base: unknown): ProfileDifference[] {
  const out: ProfileDifference[] = [];
  walk(profile, base, '', out);
  return out;
}
