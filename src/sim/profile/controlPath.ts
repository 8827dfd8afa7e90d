// Controls are named by their path in a product profile, e.g. `sandbox.enabled` or
// `mounts.entries[0].mode`; a product-qualified name puts the product first:
// `claude-code.sandbox.enabled`. Lessons, share links and the UI all address controls this way.
import { PRODUCT_IDS, type ProductId } from '../core/ids.ts';

export type PathSegment = string | number;

export function parseControlPath(path: string): PathSegment[] | null {
  if (path === '') return null;
  const segments: PathSegment[] = [];
  for (const part of path.split('.')) {
    const m = /^([A-Za-z_][\w-]*)((?:\[\d+\])*)$/.exec(part);
    if (!m || !m[1]) return null;
    segments.push(m[1]);
    for (const idx of (m[2] ?? '').matchAll(/\[(\d+)\]/g)) segments.push(Number(idx[1]));
  }
  return segments;
}

/** Splits `claude-code.sandbox.enabled` into its product and the path inside the profile. */
export function splitQualified(name: string): { product: ProductId; path: string } | null {
  const product = PRODUCT_IDS.find((p) => name.startsWith(`${p}.`));
  return product ? { product, path: name.slice(product.length + 1) } : null;
}

const isContainer = (v: unknown): v is Record<string | number, unknown> => typeof v === 'object' && v !== null;

/** The value at `path`, or `undefined` when any step is missing. */
export function getAtPath(root: unknown, path: string): unknown {
  const segments = parseControlPath(path);
  if (!segments) return undefined;
  let node: unknown = root;
  for (const seg of segments) {
    if (!isContainer(node) || !Object.hasOwn(node, seg)) return undefined;
    node = node[seg];
  }
  return node;
}

export function hasPath(root: unknown, path: string): boolean {
  return getAtPath(root, path) !== undefined;
}

/** A copy of `root` with `path` set to `value`; the path must already exist (controls are fixed). */
export function setAtPath<T>(root: T, path: string, value: unknown): T {
  const segments = parseControlPath(path);
  if (!segments) throw new Error(`"${path}" is not a control path`);
  const copy = structuredClone(root);
  let node: unknown = copy;
  for (let i = 0; i < segments.length - 1; i++) {
    const seg = segments[i] as PathSegment;
    if (!isContainer(node) || !Object.hasOwn(node, seg)) throw new Error(`No control at "${path}" (missing "${String(seg)}")`);
    node = node[seg];
  }
  const last = segments[segments.length - 1] as PathSegment;
  if (!isContainer(node) || !Object.hasOwn(node, last)) throw new Error(`No control at "${path}"`);
  node[last] = value;
  return copy;
}
