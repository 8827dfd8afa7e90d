// The lesson runner's state: saved progress (loaded once, saved on every change), the open lesson
// (deep link > last lesson > first), the learner's profile for it, and the live goal check.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProductProfile } from '../../sim/profile/schema.ts';
import { applyChanges, startProfile } from '../../lessons/controls.ts';
import type { Lesson } from '../../lessons/types.ts';
import type { LessonCheck } from '../../lessons/verify.ts';
import { exportCode, importCode, loadProgress, saveProgress, type ProgressV2, type StorageLike } from '../progress/progressStore.ts';
import type { GoalState } from './GoalChecklist.tsx';
import { lessonFromHash, withLesson } from './lessonLink.ts';
import { answerQuiz, markCompleted, mergeProgress, revealHint, setCurrent } from './progressOps.ts';

export type Evaluate = (lesson: Lesson, profile: ProductProfile) => Promise<LessonCheck>;

export interface HashPort {
  read(): string;
  write(hash: string): void;
  subscribe(onChange: () => void): () => void;
  /** The hash the page was opened with (default: the current one). */
  landing?(): string;
}

export interface SessionOptions {
  lessons: readonly Lesson[];
  storage: StorageLike | null;
  evaluate: Evaluate;
  hash: HashPort;
  /**
   * The lesson's profile changed. `engaged` is false while the lesson was only opened automatically
   * (first visit, last lesson); it turns true once the learner acts or followed a lesson link.
   */
  onProfileChange?: (lesson: Lesson, profile: ProductProfile, engaged: boolean) => void;
}

const NO_STORAGE = 'Progress cannot be saved in this browser (storage is unavailable); use a backup code to keep it.';

function initial(opts: SessionOptions): { progress: ProgressV2; notices: string[]; currentId: string; fromLink: boolean } {
  const ids = opts.lessons.map((l) => l.id);
  const loaded = opts.storage ? loadProgress(opts.storage) : { progress: { version: 2 as const, lessons: {} }, notice: NO_STORAGE };
  const link = lessonFromHash(opts.hash.read(), ids);
  const notices = [loaded.notice, link.notice].filter((n): n is string => n !== undefined);
  const saved = loaded.progress.currentLesson;
  const currentId = link.id ?? (saved !== undefined && ids.includes(saved) ? saved : ids[0] ?? '');
  // A bare address (first visit, or coming back) opens the lesson with its incident loaded, so the
  // page never shows a lesson's goal beside a world that is not loaded. A link to a playground, a
  // presentation or the review page keeps its own view.
  const bare = (opts.hash.landing?.() ?? opts.hash.read()).replace(/^#/, '') === '';
  return { progress: loaded.progress, notices, currentId, fromLink: link.id !== undefined || bare };
}

export function useLessonSession(opts: SessionOptions) {
  const [init] = useState(() => initial(opts));
  const [progress, setProgress] = useState(init.progress);
  const [notices, setNotices] = useState(init.notices);
  const [currentId, setCurrentId] = useState(init.currentId);
  const lesson = opts.lessons.find((l) => l.id === currentId) ?? opts.lessons[0];
  const [profile, setProfile] = useState<ProductProfile | null>(null);
  const [goal, setGoal] = useState<GoalState>({ state: 'checking', last: null });
  const [engaged, setEngaged] = useState(init.fromLink);
  // Bumped whenever the lesson is (re)opened: from the list, Next, "Start over" or a followed link,
  // so opening the lesson already shown still puts it back at its start.
  const [openings, setOpenings] = useState(0);
  const { storage, evaluate, hash, onProfileChange } = opts;

  const addNotice = useCallback((n: string) => setNotices((ns) => (ns.includes(n) ? ns : [...ns, n])), []);

  const commit = useCallback((next: ProgressV2) => {
    setProgress(next);
    if (!storage) return;
    const error = saveProgress(storage, next);
    if (error) addNotice(error);
  }, [storage, addNotice]);

  // Opening a lesson: start profile and "last lesson" follow the current id.
  useEffect(() => {
    if (!lesson) return;
    const start = startProfile(lesson);
    if (start.ok) setProfile(start.profile);
    else {
      setProfile(null);
      setGoal({ state: 'unavailable', reason: start.error });
    }
    setProgress((p) => {
      const next = setCurrent(p, lesson.id);
      if (next !== p && storage) saveProgress(storage, next);
      return next;
    });
  }, [lesson, hash, storage, openings]);

  // The link names the lesson only once the learner is working in it: a `lesson=` in a copied
  // playground link would otherwise open that lesson (and its incident) for whoever follows it.
  // Each opening names it again (free play may have dropped it from the address).
  useEffect(() => {
    if (!lesson || !engaged) return;
    if (hash.read() !== withLesson(hash.read(), lesson.id)) hash.write(withLesson(hash.read(), lesson.id));
  }, [lesson, hash, engaged, openings]);

  // A link followed while the page is open switches lessons too.
  useEffect(() => hash.subscribe(() => {
    const link = lessonFromHash(hash.read(), opts.lessons.map((l) => l.id));
    if (link.notice) addNotice(link.notice);
    if (link.id) {
      setCurrentId(link.id);
      setOpenings((n) => n + 1);
      setEngaged(true);
    }
  }), [hash, opts.lessons, addNotice]);

  // Live goal check; a slower, older check never overwrites a newer one.
  const ticket = useRef(0);
  useEffect(() => {
    if (!lesson || !profile) return;
    onProfileChange?.(lesson, profile, engaged);
    const mine = ++ticket.current;
    setGoal((g) => ({ state: 'checking', last: g.state === 'ready' ? g.report : g.state === 'checking' ? g.last : null }));
    evaluate(lesson, profile).then(
      (check) => {
        if (mine !== ticket.current) return;
        if (!check.ok) return setGoal({ state: 'unavailable', reason: check.error });
        setGoal({ state: 'ready', report: check.report });
        if (check.report.passed) setProgress((p) => {
          const next = markCompleted(p, lesson.id);
          if (next !== p && storage) saveProgress(storage, next);
          return next;
        });
      },
      (error: unknown) => mine === ticket.current && setGoal({ state: 'unavailable', reason: error instanceof Error ? error.message : String(error) }),
    );
  }, [lesson, profile, evaluate, storage, onProfileChange, engaged]);

  const changeControl = useCallback((qualified: string, value: unknown) => {
    if (!profile) return;
    const r = applyChanges(profile, [{ path: qualified, value }]);
    setEngaged(true);
    if (r.ok) setProfile(r.profile);
    else addNotice(`That value was not applied: ${r.error}`);
  }, [profile, addNotice]);

  return {
    lesson, progress, notices, goal, profile,
    engaged,
    open: (id: string) => {
      setEngaged(true);
      setCurrentId(id);
      setOpenings((n) => n + 1);
    },
    restart: () => {
      setEngaged(true);
      setOpenings((n) => n + 1);
    },
    changeControl,
    revealHint: () => lesson && commit(revealHint(progress, lesson.id, lesson.hints.length)),
    answer: (i: number) => lesson && commit(answerQuiz(progress, lesson.id, i)),
    dismissNotice: (i: number) => setNotices((ns) => ns.filter((_, j) => j !== i)),
    makeCode: () => exportCode(progress),
    importBackup: (code: string): string | null => {
      const r = importCode(code);
      if (!r.ok) return r.error;
      commit(mergeProgress(progress, r.progress));
      return null;
    },
  };
}
