// The lesson runner wired to the app: goals are checked in the engine worker, and opening a lesson
// or changing one of its controls shows the same incident and settings in the playground panes.
// Drop-in replacement for the shell's lesson sidebar.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Lesson } from '../../lessons/types.ts';
import type { ProductProfile } from '../../sim/profile/schema.ts';
import { getEngine } from '../../worker/connect.ts';
import { useAppStore } from '../store/index.ts';
import { LessonRunner } from './LessonRunner.tsx';
import { lessonSnapshot, showsLesson } from './lessonPlayground.ts';
import { workerEvaluate } from './workerEvaluate.ts';

function showInPlayground(lesson: Lesson, profile: ProductProfile) {
  const state = useAppStore.getState();
  if (state.catalog.length === 0) return;
  if (state.lessonDriving !== lesson.title) state.setLessonDriving(lesson.title);
  const snapshot = lessonSnapshot(lesson, profile);
  if (!showsLesson(snapshot, state)) void state.applySnapshot(snapshot);
}

export function ConnectedLessons() {
  const evaluate = useMemo(() => workerEvaluate(getEngine(), (request) => useAppStore.getState().paneRunFor(request)), []);
  const catalogReady = useAppStore((s) => s.catalog.length > 0);
  // The lesson may open before the worker has sent its catalog; show it once the catalog is there.
  const latest = useRef<{ lesson: Lesson; profile: ProductProfile } | null>(null);
  // Until the learner engages with a lesson the playground stays in free play.
  const onProfileChange = useCallback((lesson: Lesson, profile: ProductProfile, engaged: boolean) => {
    if (!engaged) return;
    latest.current = { lesson, profile };
    showInPlayground(lesson, profile);
  }, []);
  useEffect(() => {
    if (catalogReady && latest.current) showInPlayground(latest.current.lesson, latest.current.profile);
  }, [catalogReady]);
  return (
    <aside className="lesson-sidebar" aria-label="Lessons" data-testid="lesson-sidebar">
      <LessonRunner evaluate={evaluate} onProfileChange={onProfileChange} />
    </aside>
  );
}
