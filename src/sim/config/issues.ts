// Parse results and issues for every config importer. An issue names the JSON path it is about
// (`network.allowedDomains[2]`) and what was expected, so a reviewer can fix the file without guessing.
import { z } from 'zod';
import { parseJsonText } from './jsonText.ts';

export interface Issue {
  path: string;
  message: string;
}

export type ParseResult<T> =
  | { ok: true; value: T; warnings: Issue[] }
  | { ok: false; errors: Issue[]; warnings: Issue[] };

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const key = String(seg);
      out += /^[A-Za-z_$][\w$]*$/.test(key) ? (out === '' ? key : `.${key}`) : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

/** zod issues in our words: what the path holds, what was expected. */
export function zodIssues(error: z.ZodError, input: unknown): Issue[] {
  return error.issues.map((i) => {
    const path = formatPath(i.path);
    if (i.code === 'invalid_type') {
      const got = valueAt(input, i.path);
      const expected = i.expected === 'array' ? 'an array' : i.expected === 'object' ? 'an object' : `a ${i.expected}`;
      return { path, message: got === undefined ? `is required: expected ${expected}` : `expected ${expected}, got ${describe(got)}` };
    }
    if (i.code === 'invalid_value' && 'values' in i) {
      return { path, message: `expected one of ${(i.values as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${describe(valueAt(input, i.path))}` };
    }
    return { path, message: i.message };
  });
}

/** Keys the schema does not know, as warnings (the real tools ignore them; a typo should not pass silently). */
export function unknownKeys(schema: z.ZodType, value: unknown, path: PropertyKey[] = [], out: Issue[] = []): Issue[] {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  if (s instanceof z.ZodObject && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const shape = s.shape as Record<string, z.ZodType>;
    for (const [key, v] of Object.entries(value)) {
      const child = shape[key];
      if (child === undefined) out.push({ path: formatPath([...path, key]), message: `unknown key "${key}" is ignored` });
      else unknownKeys(child, v, [...path, key], out);
    }
  } else if (s instanceof z.ZodArray && Array.isArray(value)) {
    value.forEach((v, i) => unknownKeys(s.element as z.ZodType, v, [...path, i], out));
  }
  return out;
}

/** Accepts JSON text or an already-parsed value; JSON syntax errors become one issue at the root. */
export function readJson(input: unknown): { ok: true; value: unknown } | { ok: false; issue: Issue } {
  if (typeof input !== 'string') return { ok: true, value: input };
  const text = input.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    // Our own reader says where (line and column) and what; JSON.parse only gives an offset.
    const located = parseJsonText(text);
    return { ok: false, issue: { path: '', message: located.ok ? `not valid JSON: ${e instanceof Error ? e.message : String(e)}` : located.message } };
  }
}
