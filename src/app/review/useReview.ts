// The review page's state plus the two engine calls it makes: run the catalog against the input,
// and try one recommendation on top of the reviewed input. Both run in the engine worker with
// progress; a result that arrives after the page moved on is dropped.
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { ControlChange } from '../../sim/scenarios/types.ts';
import { importConfig } from '../../sim/review/importConfig.ts';
import type { EngineClient } from '../../worker/client.ts';
import { fileProblems, initialReviewState, requestOf, reviewReducer, type ReviewState } from './reviewState.ts';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useReview(engine: EngineClient, initial: ReviewState = initialReviewState) {
  const [state, dispatch] = useReducer(reviewReducer, initial);
  const live = useRef(true);
  const runSerial = useRef(0);
  useEffect(() => {
    live.current = true;
    return () => { live.current = false; };
  }, []);

  const request = useMemo(() => requestOf(state), [state]);
  // Validated on every edit: it is pure and fast, and the page shows errors as the reviewer types.
  const validation = useMemo(() => {
    const problems = fileProblems(state);
    if (request.sources.length === 0 && problems.length === 0) return null;
    const imported = request.sources.length > 0 ? importConfig(request.sources, request.format) : null;
    const errors = [...problems, ...(imported && !imported.ok ? imported.errors : [])];
    return { imported, errors, warnings: imported?.warnings ?? [] };
  }, [request, state]);

  const run = useCallback(async () => {
    const serial = ++runSerial.current;
    dispatch({ type: 'run-started', request, total: 0 });
    try {
      const result = await engine.call('review', [request], {
        onProgress: (done, total) => live.current && serial === runSerial.current && dispatch({ type: 'run-progress', done, total }),
      });
      if (live.current && serial === runSerial.current) dispatch({ type: 'run-finished', result, request });
    } catch (e) {
      if (live.current && serial === runSerial.current) dispatch({ type: 'run-failed', message: message(e) });
    }
  }, [engine, request]);

  const tryChanges = useCallback(async (key: string, changes: ControlChange[]) => {
    if (state.run.status !== 'done') return;
    const serial = runSerial.current;
    const reviewed = state.run.request;
    const current = () => live.current && serial === runSerial.current;
    dispatch({ type: 'try-started', key });
    try {
      const result = await engine.call('review', [{ ...reviewed, apply: changes }], {
        onProgress: (done, total) => current() && dispatch({ type: 'try-progress', key, done, total }),
      });
      if (current()) dispatch({ type: 'try-finished', key, result });
    } catch (e) {
      if (current()) dispatch({ type: 'try-failed', key, message: message(e) });
    }
  }, [engine, state.run]);

  return { state, dispatch, validation, run, tryChanges };
}
