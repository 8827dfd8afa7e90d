// The review page's state: inputs become sources with a scope, oversize files are refused by name,
// progress only moves a running review, and results say when the input has changed since.
import { describe, expect, it } from 'vitest';
import { fileProblems, initialReviewState, isStale, PASTE_NAME, requestOf, reviewReducer, sourcesOf, type ReviewAction, type ReviewState } from '../../../src/app/review/reviewState.ts';
import { runReview } from '../../../src/sim/review/reviewRun.ts';
import { scenarioById } from '../../../src/sim/scenarios/index.ts';
import type { Scenario } from '../../../src/sim/scenarios/types.ts';

const apply = (actions: ReviewAction[], from: ReviewState = initialReviewState) => actions.reduce(reviewReducer, from);
const file = (name: string, text = '{"permissions":{}}') => ({ name, text, size: text.length });

describe('review page state', () => {
  it('infers each file\'s scope from its name, keeps names unique and lets the reviewer change the scope', () => {
    const s = apply([{ type: 'add-files', files: [file('settings.json'), file('settings.local.json'), file('managed-settings.json'), file('settings.json')] }]);
    expect(s.files.map((f) => [f.name, f.scope])).toEqual([
      ['settings.json', 'project'], ['settings.local.json', 'local'], ['managed-settings.json', 'managed'], ['settings.json (2)', 'project'],
    ]);
    const changed = apply([{ type: 'set-scope', id: s.files[0]!.id, scope: 'user' }, { type: 'remove-file', id: s.files[3]!.id }], s);
    expect(sourcesOf(changed).map((x) => [x.name, x.scope])).toEqual([['settings.json', 'user'], ['settings.local.json', 'local'], ['managed-settings.json', 'managed']]);
  });

  it('adds the paste as a source only when it holds something, with its own scope', () => {
    expect(sourcesOf(apply([{ type: 'set-paste', text: '  \n' }]))).toEqual([]);
    const s = apply([{ type: 'set-paste', text: '{"sandbox":{}}' }, { type: 'set-paste-scope', scope: 'local' }]);
    expect(sourcesOf(s)).toEqual([{ name: PASTE_NAME, text: '{"sandbox":{}}', scope: 'local' }]);
  });

  it('refuses an oversize file by name without keeping its bytes, and does not review it', () => {
    const s = apply([{ type: 'add-files', files: [{ name: 'huge.json', text: '', size: 50_000_000 }] }]);
    expect(fileProblems(s)).toEqual([{ source: 'huge.json', path: '', message: expect.stringMatching(/50000000 bytes/) }]);
    expect(sourcesOf(s)).toEqual([]);
  });

  it('moves progress only while running, and marks results stale once the input changes', async () => {
    const s0 = apply([{ type: 'set-paste', text: '{"permissions":{}}' }]);
    expect(apply([{ type: 'run-progress', done: 1, total: 2 }], s0).run).toEqual({ status: 'idle' });
    const request = requestOf(s0);
    const running = apply([{ type: 'run-started', request, total: 0 }, { type: 'run-progress', done: 1, total: 2 }], s0);
    expect(running.run).toMatchObject({ status: 'running', done: 1, total: 2 });
    const result = await runReview(request, undefined, [scenarioById('phished-prompt') as Scenario]);
    const done = apply([{ type: 'run-finished', result, request }], running);
    expect(done.run.status).toBe('done');
    expect(isStale(done)).toBe(false);
    expect(isStale(apply([{ type: 'set-format', format: 'claude-code' }], done))).toBe(true);
    expect(isStale(apply([{ type: 'set-paste', text: '{"permissions":{"deny":[]}}' }], done))).toBe(true);
  });

  it('a run the engine rejects keeps its errors; a new run clears tried recommendations', async () => {
    const request = { sources: [{ name: 'x.json', text: '[]' }] };
    const rejected = apply([{ type: 'run-started', request, total: 0 }, { type: 'run-finished', result: await runReview(request), request }]);
    expect(rejected.run).toMatchObject({ status: 'rejected', errors: [{ source: 'x.json' }] });
    const tried = apply([{ type: 'try-started', key: 'k' }, { type: 'try-progress', key: 'k', done: 3, total: 14 }]);
    expect(tried.tries.k).toEqual({ status: 'running', done: 3, total: 14 });
    expect(apply([{ type: 'run-started', request, total: 0 }], tried).tries).toEqual({});
  });
});
