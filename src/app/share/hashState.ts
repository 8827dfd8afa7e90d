// Shareable state as a typed table (after tensorflow/playground's src/state.ts): every URL-hash key
// is declared with its type and default. Parsing never throws: a bad or unknown value falls back to
// its default and produces a notice naming the key and what was wrong.

export type FieldSpec =
  | { kind: 'enum'; values: readonly string[]; default: string }
  | { kind: 'bool'; default: boolean }
  | { kind: 'int'; min: number; max: number; default: number }
  | { kind: 'rate'; default: number }
  | { kind: 'list'; default: readonly string[]; item?: (v: string) => string | null }
  | { kind: 'text'; default: string; pattern?: RegExp };

export type FieldValue = string | boolean | number | readonly string[];
export type HashTable = Record<string, FieldSpec>;
export type HashValues = Record<string, FieldValue>;

export const HASH_VERSION = 1;

export interface ParsedHash {
  values: HashValues;
  /** Keys the link set explicitly (and validly), so the UI can tell changed from default. */
  explicit: Set<string>;
  notices: string[];
}

const BOOL_TRUE = new Set(['on', 'true', '1', 'yes']);
const BOOL_FALSE = new Set(['off', 'false', '0', 'no']);

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** A value as quoted in a notice: long ones (a compressed file, a pasted essay) are cut short. */
function quoted(raw: string): string {
  return raw.length > 60 ? `${raw.slice(0, 57)}... (${raw.length} characters)` : raw;
}

function parseField(key: string, raw: string, spec: FieldSpec): { value?: FieldValue; notice?: string } {
  switch (spec.kind) {
    case 'enum':
      return spec.values.includes(raw)
        ? { value: raw }
        : { notice: `${key}=${quoted(raw)} is not one of ${spec.values.join(', ')}; using ${spec.default}` };
    case 'bool': {
      const v = raw.toLowerCase();
      if (BOOL_TRUE.has(v)) return { value: true };
      if (BOOL_FALSE.has(v)) return { value: false };
      return { notice: `${key}=${quoted(raw)} is not on/off; using ${spec.default ? 'on' : 'off'}` };
    }
    case 'int': {
      const n = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
      if (Number.isSafeInteger(n) && n >= spec.min && n <= spec.max) return { value: n };
      return { notice: `${key}=${quoted(raw)} is not a whole number from ${spec.min} to ${spec.max}; using ${spec.default}` };
    }
    case 'rate': {
      const n = /^(0|1|0?\.\d+|1\.0*)$/.test(raw) ? Number(raw) : NaN;
      if (n >= 0 && n <= 1) return { value: n };
      return { notice: `${key}=${quoted(raw)} is not a probability from 0 to 1; using ${spec.default}` };
    }
    case 'list': {
      const items = raw === '' ? [] : raw.split(',').map((s) => s.trim()).filter(Boolean);
      const bad = spec.item ? items.map((i) => [i, spec.item?.(i) ?? null] as const).filter(([, err]) => err !== null) : [];
      if (bad.length > 0) return { notice: `${key}: ${bad.map(([i, err]) => `"${i}" ${err}`).join('; ')}; using the default list` };
      return { value: items };
    }
    case 'text':
      if (spec.pattern && !spec.pattern.test(raw)) return { notice: `${key}=${quoted(raw)} is not a valid value; using the default` };
      return { value: raw };
  }
}

export function defaultsOf(table: HashTable): HashValues {
  return Object.fromEntries(Object.entries(table).map(([k, spec]) => [k, spec.default]));
}

export function parseHash(hash: string, table: HashTable): ParsedHash {
  const values = defaultsOf(table);
  const explicit = new Set<string>();
  const notices: string[] = [];
  const body = hash.replace(/^#/, '');
  if (body.trim() === '') return { values, explicit, notices };

  for (const part of body.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = decode(eq === -1 ? part : part.slice(0, eq));
    const rawValue = decode(eq === -1 ? '' : part.slice(eq + 1));
    if (rawKey === null || rawValue === null) {
      notices.push(`"${part.slice(0, 60)}" is not valid URL encoding; ignored`);
      continue;
    }
    if (rawKey === 'v') {
      if (rawValue !== String(HASH_VERSION)) notices.push(`This link was made by version ${rawValue} of the share format; read as version ${HASH_VERSION}, so some settings may differ`);
      continue;
    }
    // Own keys only: a link saying "toString=1" must not reach Object.prototype.
    const spec = Object.hasOwn(table, rawKey) ? table[rawKey] : undefined;
    if (!spec) {
      notices.push(`Unknown setting "${rawKey}" in the link; ignored`);
      continue;
    }
    const { value, notice } = parseField(rawKey, rawValue, spec);
    if (notice) notices.push(notice);
    if (value !== undefined) {
      values[rawKey] = value;
      explicit.add(rawKey);
    }
  }
  return { values, explicit, notices };
}

function encodeValue(value: FieldValue): string {
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (Array.isArray(value)) return value.map((v) => encodeURIComponent(v)).join(',');
  return encodeURIComponent(String(value));
}

function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** Writes only keys that differ from their defaults (plus `always` keys), in table order, readable. */
export function serializeHash(values: HashValues, table: HashTable, always: readonly string[] = []): string {
  const parts = [`v=${HASH_VERSION}`];
  for (const [key, spec] of Object.entries(table)) {
    const value = values[key];
    if (value === undefined) continue;
    if (!always.includes(key) && sameValue(value, spec.default)) continue;
    parts.push(`${key}=${encodeValue(value)}`);
  }
  return `#${parts.join('&')}`;
}
