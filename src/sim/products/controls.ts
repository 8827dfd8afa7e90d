// The shape of a control a learner can change, and the controls every product shares. Paths point
// into the product profile; `run.*` paths are run options, not profile fields. The share-link table
// and the lesson "unlocked controls" use the same qualified names (product.path).
export type ControlKind =
  | { kind: 'bool' }
  | { kind: 'enum'; options: readonly { value: string; label: string }[] }
  | { kind: 'list'; placeholder: string }
  | { kind: 'rate' };

export type ControlGroup = 'boundary' | 'filesystem' | 'network' | 'permissions' | 'credentials' | 'model' | 'visibility' | 'approvals';

export type ControlSpec = ControlKind & {
  path: string;
  label: string;
  help: string;
  group: ControlGroup;
};

export const GROUP_LABEL: Record<ControlGroup, string> = {
  boundary: 'Boundary',
  filesystem: 'Filesystem',
  network: 'Network',
  permissions: 'Permissions',
  credentials: 'Credentials',
  model: 'Model layer',
  visibility: 'Visibility',
  approvals: 'Approvals',
};

export const bool = { kind: 'bool' } as const;
export const list = (placeholder: string) => ({ kind: 'list', placeholder }) as const;

export const ANSWERERS = [
  { value: 'learner', label: 'You answer each prompt' },
  { value: 'attentive', label: 'Attentive human' },
  { value: 'fatigued', label: 'Fatigued human (~93% approve)' },
  { value: 'classifier', label: 'Auto-mode classifier' },
] as const;

export const approvals: ControlSpec = {
  path: 'run.answerer', label: 'Who answers prompts', group: 'approvals', kind: 'enum', options: ANSWERERS,
  help: 'People approve most prompts, more so as they pile up; the classifier catches most but not all risky actions.',
};

export const injection: ControlSpec = {
  path: 'model.injectionFollowRate', label: 'Chance the model follows an injection', group: 'model', kind: 'rate',
  help: 'Model-layer defenses lower this; they are probabilistic. Containment is judged as if it were 100%.',
};

/** A list as a describe-line shows it. */
export const listOf = (xs: readonly string[]) => (xs.length === 0 ? 'none' : xs.join(', '));

/** A copy of a profile with one change made (what every loosening does). */
export function edited<P>(p: P, change: (q: P) => void): P {
  const q = structuredClone(p);
  change(q);
  return q;
}
