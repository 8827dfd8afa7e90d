// Control paths: `product.field.sub[0].leaf` names one field of a product profile. Lessons unlock
// controls and express solutions as changes at these paths; every change is validated against the
// profile schema so a typo in a lesson is a clear error naming the path, never a silent no-op.
import type { ProductId } from '../sim/core/ids.ts';
import { parseControlPath as parseSteps, setAtPath, splitQualified, type PathSegment } from '../sim/profile/controlPath.ts';
import { parseProfile, type ProductProfile } from '../sim/profile/schema.ts';
import { preset } from '../sim/profile/presets.ts';
import type { ControlPath, Lesson, SettingChange } from './types.ts';

export type PathStep = PathSegment;

export type ParsedPath = { ok: true; product: ProductId; path: string; steps: PathStep[] } | { ok: false; error: string };

/** Splits a qualified control name; the error names what is wrong with it. */
export function parseControlPath(name: ControlPath): ParsedPath {
  const split = splitQualified(name);
  if (!split) return { ok: false, error: `control "${name}": "${name.split('.')[0] ?? ''}" is not a product (claude-ai, claude-code, cowork)` };
  const steps = parseSteps(split.path);
  if (!steps) return { ok: false, error: `control "${name}": "${split.path}" is not a field path (names with optional [index], joined by dots)` };
  return { ok: true, product: split.product, path: split.path, steps };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at `steps`, or `undefined` with the first step that does not exist. */
function walk(root: unknown, steps: readonly PathStep[]): { found: true; value: unknown } | { found: false; missing: string } {
  let here: unknown = root;
  for (const step of steps) {
    if (typeof step === 'number') {
      if (!Array.isArray(here) || step >= here.length) return { found: false, missing: `[${step}]` };
      here = here[step];
    } else {
      if (!isRecord(here) || !Object.hasOwn(here, step)) return { found: false, missing: step };
      here = here[step];
    }
  }
  return { found: true, value: here };
}

export function readControl(profile: ProductProfile, path: ControlPath): { ok: true; value: unknown } | { ok: false; error: string } {
  const parsed = parseControlPath(path);
  if (!parsed.ok) return parsed;
  if (parsed.product !== profile.product) return { ok: false, error: `control "${path}" belongs to ${parsed.product}, not ${profile.product}` };
  const w = walk(profile, parsed.steps);
  return w.found ? { ok: true, value: w.value } : { ok: false, error: `control "${path}": the ${profile.product} profile has no "${w.missing}" there` };
}

export type ApplyResult = { ok: true; profile: ProductProfile } | { ok: false; error: string };

/** Apply changes to a copy of `profile`; the result must still satisfy the profile schema. */
export function applyChanges(profile: ProductProfile, changes: readonly SettingChange[]): ApplyResult {
  let next: ProductProfile = profile;
  for (const change of changes) {
    const at = readControl(next, change.path);
    if (!at.ok) return at;
    const parsed = parseControlPath(change.path);
    if (!parsed.ok) return parsed;
    next = setAtPath(next, parsed.path, structuredClone(change.value));
  }
  const checked = parseProfile(next);
  if (!checked.ok) {
    const which = changes.map((c) => c.path).join(', ');
    return { ok: false, error: `${checked.message} (after changing ${which})` };
  }
  return { ok: true, profile: checked.profile };
}

/** The profile a lesson starts from: its preset plus its starting changes. */
export function startProfile(lesson: Lesson): ApplyResult {
  const base = preset(lesson.product, lesson.start.preset);
  if (!base) return { ok: false, error: `lesson ${lesson.id}: ${lesson.product} has no preset "${lesson.start.preset}"` };
  const applied = applyChanges(base, lesson.start.changes);
  return applied.ok ? applied : { ok: false, error: `lesson ${lesson.id} start: ${applied.error}` };
}

/** The profile after the reference solution is applied to the start. */
export function solvedProfile(lesson: Lesson): ApplyResult {
  const start = startProfile(lesson);
  if (!start.ok) return start;
  const applied = applyChanges(start.profile, lesson.solution);
  return applied.ok ? applied : { ok: false, error: `lesson ${lesson.id} solution: ${applied.error}` };
}

/** Every problem with a lesson's controls: unknown paths, or a solution touching a locked control. */
export function controlProblems(lesson: Lesson): string[] {
  const problems: string[] = [];
  const shipped = preset(lesson.product, 'shipped');
  if (!shipped) return [`lesson ${lesson.id}: no shipped profile for ${lesson.product}`];
  for (const c of lesson.controls) {
    const r = readControl(shipped, c.path);
    if (!r.ok) problems.push(`lesson ${lesson.id}: ${r.error}`);
  }
  const unlocked = new Set(lesson.controls.map((c) => c.path));
  for (const s of lesson.solution) {
    if (!unlocked.has(s.path)) problems.push(`lesson ${lesson.id}: the solution changes "${s.path}", which the lesson does not unlock`);
  }
  for (const trap of lesson.traps ?? []) {
    for (const c of trap.changes) {
      if (!unlocked.has(c.path)) problems.push(`lesson ${lesson.id}: trap "${trap.why}" changes "${c.path}", which the lesson does not unlock`);
    }
  }
  return problems;
}
