// The review page's state as a pure reducer: the inputs (dropped files with their scope, a pasted
// text, a forced format), the run of the catalog with its progress, and each recommendation tried.
// Results remember the input they were computed from, so the page can say when they are stale.
import type { SettingsScope } from '../../sim/config/mergeScopes.ts';
import type { CheckReport } from '../../sim/review/check.ts';
import type { ReviewFormat } from '../../sim/review/configProfile.ts';
import { inferScope, MAX_SOURCE_CHARS, type ConfigSource, type SourceIssue } from '../../sim/review/importConfig.ts';
import type { ReviewRequest, ReviewResult } from '../../sim/review/reviewRun.ts';

export interface FileDraft {
  id: number;
  name: string;
  text: string;
  scope: SettingsScope;
  /** Set when the file could not be read at all (too large, unreadable); it is then not reviewed. */
  problem?: string;
}

export type ReviewOk = Extract<ReviewResult, { ok: true }>;

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; request: ReviewRequest }
  | { status: 'done'; result: ReviewOk; request: ReviewRequest }
  | { status: 'rejected'; errors: SourceIssue[] }
  | { status: 'failed'; message: string };

export type TryState =
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; report: CheckReport }
  | { status: 'failed'; message: string };

export interface ReviewState {
  files: FileDraft[];
  paste: string;
  pasteScope: SettingsScope;
  format: ReviewFormat | 'auto';
  run: RunState;
  tries: Record<string, TryState>;
  nextId: number;
}

export const PASTE_NAME = 'pasted text';

export const initialReviewState: ReviewState = { files: [], paste: '', pasteScope: 'project', format: 'auto', run: { status: 'idle' }, tries: {}, nextId: 1 };

export type ReviewAction =
  | { type: 'add-files'; files: { name: string; text: string; size: number }[] }
  | { type: 'remove-file'; id: number }
  | { type: 'set-scope'; id: number; scope: SettingsScope }
  | { type: 'set-paste'; text: string }
  | { type: 'set-paste-scope'; scope: SettingsScope }
  | { type: 'set-format'; format: ReviewFormat | 'auto' }
  | { type: 'run-started'; request: ReviewRequest; total: number }
  | { type: 'run-progress'; done: number; total: number }
  | { type: 'run-finished'; result: ReviewResult; request: ReviewRequest }
  | { type: 'run-failed'; message: string }
  | { type: 'try-started'; key: string }
  | { type: 'try-progress'; key: string; done: number; total: number }
  | { type: 'try-finished'; key: string; result: ReviewResult }
  | { type: 'try-failed'; key: string; message: string };

/** What gets reviewed: readable files in order, then the paste if it holds anything. */
export function sourcesOf(state: Pick<ReviewState, 'files' | 'paste' | 'pasteScope'>): ConfigSource[] {
  const files = state.files.filter((f) => f.problem === undefined).map((f) => ({ name: f.name, text: f.text, scope: f.scope }));
  return state.paste.trim() === '' ? files : [...files, { name: PASTE_NAME, text: state.paste, scope: state.pasteScope }];
}

/** Problems found before parsing (a file too large to read), in the same shape as import issues. */
export function fileProblems(state: Pick<ReviewState, 'files'>): SourceIssue[] {
  return state.files.flatMap((f) => (f.problem === undefined ? [] : [{ source: f.name, path: '', message: f.problem }]));
}

/** The request the current input makes (what "Run" sends to the worker). */
export function requestOf(state: ReviewState): ReviewRequest {
  return state.format === 'auto' ? { sources: sourcesOf(state) } : { sources: sourcesOf(state), format: state.format };
}

/** True when the input changed after the shown results were computed. */
export function isStale(state: ReviewState): boolean {
  return state.run.status === 'done' && JSON.stringify(state.run.request) !== JSON.stringify(requestOf(state));
}

function uniqueName(name: string, taken: readonly string[]): string {
  if (!taken.includes(name)) return name;
  for (let n = 2; ; n += 1) if (!taken.includes(`${name} (${n})`)) return `${name} (${n})`;
}

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case 'add-files': {
      const files = [...state.files];
      let nextId = state.nextId;
      for (const f of action.files) {
        const name = uniqueName(f.name || 'unnamed.json', [...files.map((x) => x.name), PASTE_NAME]);
        const problem = f.size > MAX_SOURCE_CHARS ? `is ${f.size} bytes; a settings file over ${MAX_SOURCE_CHARS} bytes is refused` : undefined;
        files.push({ id: nextId++, name, text: problem ? '' : f.text, scope: inferScope(f.name), ...(problem ? { problem } : {}) });
      }
      return { ...state, files, nextId };
    }
    case 'remove-file':
      return { ...state, files: state.files.filter((f) => f.id !== action.id) };
    case 'set-scope':
      return { ...state, files: state.files.map((f) => (f.id === action.id ? { ...f, scope: action.scope } : f)) };
    case 'set-paste':
      return { ...state, paste: action.text };
    case 'set-paste-scope':
      return { ...state, pasteScope: action.scope };
    case 'set-format':
      return { ...state, format: action.format };
    case 'run-started':
      return { ...state, run: { status: 'running', done: 0, total: action.total, request: action.request }, tries: {} };
    case 'run-progress':
      return state.run.status === 'running' ? { ...state, run: { ...state.run, done: action.done, total: action.total } } : state;
    case 'run-finished':
      return { ...state, run: action.result.ok ? { status: 'done', result: action.result, request: action.request } : { status: 'rejected', errors: action.result.errors } };
    case 'run-failed':
      return { ...state, run: { status: 'failed', message: action.message } };
    case 'try-started':
      return { ...state, tries: { ...state.tries, [action.key]: { status: 'running', done: 0, total: 0 } } };
    case 'try-progress':
      return state.tries[action.key]?.status === 'running' ? { ...state, tries: { ...state.tries, [action.key]: { status: 'running', done: action.done, total: action.total } } } : state;
    case 'try-finished': {
      const r = action.result;
      const next: TryState = r.ok ? { status: 'done', report: r.report } : { status: 'failed', message: r.errors.map((e) => `${e.source}: ${e.path ? `${e.path}: ` : ''}${e.message}`).join('; ') };
      return { ...state, tries: { ...state.tries, [action.key]: next } };
    }
    case 'try-failed':
      return { ...state, tries: { ...state.tries, [action.key]: { status: 'failed', message: action.message } } };
  }
}
