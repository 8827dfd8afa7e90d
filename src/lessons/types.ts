// A lesson is data (after learnGitBranching's levels): text, a starting scenario and settings, the
// controls the learner may change, a goal that is a pure predicate over the engine's results, hints,
// a reference solution and a check-your-understanding question. Nothing here runs the engine.
import type { ModeledAnswerer } from '../sim/agent/approvals.ts';
import type { ProductId } from '../sim/core/ids.ts';

/**
 * Where on the page a lesson points: a product pane's verdict, blast picture or one of its tabs.
 * Rendered as a button that opens the tab, scrolls it into view and highlights it.
 */
export type PaneSpot = 'verdict' | 'blast' | 'activity' | 'network' | 'approvals' | 'controls' | 'files';
export interface ShowTarget {
  product: ProductId;
  spot: PaneSpot;
}

/** A run of text; `href` makes it a link, `code` renders it monospace, `strong` emphasises it. */
export interface Segment {
  text: string;
  href?: string;
  show?: ShowTarget;
  code?: boolean;
  strong?: boolean;
}
/** A paragraph is a list of segments; a bare string is shorthand for one plain segment. */
export type Paragraph = readonly (Segment | string)[];

export interface Source {
  label: string;
  url: string;
}

/**
 * Ideas from BRIEF.md. Each lesson teaches some and uses some; the curriculum test proves nothing is
 * used before a lesson taught it and that every idea is taught somewhere.
 */
export const CONCEPTS = [
  'blast-radius', 'approvals-fail', 'risk-categories', 'defense-components', 'principles', 'ephemeral-container',
  'hitl-sandbox', 'approval-fatigue', 'auto-mode', 'sandbox-fs-rules', 'escape-hatch', 'sandbox-network-rules', 'allowlist-capability',
  'config-before-trust', 'phished-prompt', 'local-vm', 'mounts', 'mount-modes', 'symlinks', 'scoped-tokens',
  'revocation', 'host-vs-full-vm', 'untrusted-tool-output', 'connectors', 'edr-visibility', 'otlp',
  'memory-poisoning', 'subagent-trust', 'agent-identity', 'model-misbehavior', 'capstone',
] as const;
export type Concept = (typeof CONCEPTS)[number];

/**
 * A control path names a field of a product profile, prefixed by the product:
 * `claude-code.sandbox.enabled`, `cowork.mounts.entries[0].mode`.
 */
export type ControlPath = string;

export interface SettingChange {
  path: ControlPath;
  value: unknown;
}

export interface ControlSpec {
  path: ControlPath;
  label: string;
}

/** Who answers approval prompts during the lesson's runs: one of the engine's modeled answerers. */
export type { ModeledAnswerer };

export interface RunSettings {
  seed: number;
  answerer: ModeledAnswerer;
  /** Agent follows every injection: the lesson is about boundaries, not about luck. */
  worstCase: boolean;
}

export interface QuizAnswer {
  text: string;
  correct: boolean;
  explanation: string;
}

export interface Quiz {
  question: string;
  answers: readonly QuizAnswer[];
}

/** Facts about one engine run, as the lesson goals see them. */
export interface LessonRun {
  scenario: string;
  harms: readonly { id: string; happened: boolean }[];
  taskCompleted: boolean;
  prompts: number;
  exfiltrations: readonly { secretId: string; host: string }[];
  decidedBy: string | null;
  /** Reachable/realized blast radius when the engine reports it. */
  blast?: { reachable: number; realized: number; score?: number };
}

/** Results of every scenario the lesson runs, in the lesson's scenario order. */
export interface LessonFacts {
  runs: readonly LessonRun[];
}

export interface GoalClause {
  /** What the learner reads in the checklist, e.g. "The credentials are not exfiltrated". */
  label: string;
  test(facts: LessonFacts): { passed: boolean; detail: string };
}

export interface Goal {
  summary: string;
  clauses: readonly GoalClause[];
}

export interface Lesson {
  id: string;
  title: string;
  /** One line for the lesson list. */
  blurb: string;
  teaches: readonly Concept[];
  uses: readonly Concept[];
  text: readonly Paragraph[];
  sources: readonly Source[];
  product: ProductId;
  /** Incident ids (DESIGN.md) run against the learner's profile; the goal sees all results. */
  scenarios: readonly string[];
  start: { preset: string; changes: readonly SettingChange[] };
  run: RunSettings;
  controls: readonly ControlSpec[];
  goal: Goal;
  hints: readonly Paragraph[];
  solution: readonly SettingChange[];
  /**
   * Plausible wrong fixes that must NOT meet the goal (each applied to the start), so the lesson
   * really teaches the distinction it claims to: e.g. "a model-layer tweak alone is not enough".
   */
  traps?: readonly { changes: readonly SettingChange[]; why: string }[];
  quiz: Quiz;
}
