// The lesson runner: list with progress, the open lesson beside the playground, its unlocked controls
// (the playground's own controls panel), a live goal check, notices and backup codes. The coordinator
// mounts it and may pass a worker-backed `evaluate` and sync profiles into the playground store.
import { useMemo } from 'react';
import { CURRICULUM } from '../../lessons/curriculum.ts';
import { readControl } from '../../lessons/controls.ts';
import type { Lesson } from '../../lessons/types.ts';
import type { ProductProfile } from '../../sim/profile/schema.ts';
import { ControlsPanel } from '../controls/ControlsPanel.tsx';
import { controlsFor } from '../controls/controlTable.ts';
import type { StorageLike } from '../progress/progressStore.ts';
import { startProfile } from '../../lessons/controls.ts';
import { BackupCode } from './BackupCode.tsx';
import { AttackLink } from '../attack/AttackRoute.tsx';
import { LessonList } from './LessonList.tsx';
import { LessonPanel } from './LessonPanel.tsx';
import { Notices } from './Notices.tsx';
import { lessonProgress } from './progressOps.ts';
import { useLessonSession, type Evaluate, type HashPort } from './useLessonSession.ts';
import { LANDING_HASH } from './lessonLink.ts';
import './lessons.css';

export const windowHash: HashPort = {
  read: () => window.location.hash,
  landing: () => LANDING_HASH,
  write: (hash) => window.history.replaceState(null, '', hash),
  subscribe: (onChange) => {
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  },
};

/** localStorage, or null where the browser blocks it (private modes, sandboxed frames). */
export function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export interface LessonRunnerProps {
  lessons?: readonly Lesson[];
  storage?: StorageLike | null;
  /** Checks the goal: `workerEvaluate(getEngine())` in the app, `evaluateInPage` where no worker exists. */
  evaluate: Evaluate;
  hash?: HashPort;
  onProfileChange?(lesson: Lesson, profile: ProductProfile, engaged: boolean): void;
}

export function LessonRunner(props: LessonRunnerProps) {
  const lessons = props.lessons ?? CURRICULUM;
  const storage = useMemo(() => (props.storage === undefined ? browserStorage() : props.storage), [props.storage]);
  const s = useLessonSession({
    lessons, storage, evaluate: props.evaluate, hash: props.hash ?? windowHash,
    ...(props.onProfileChange ? { onProfileChange: props.onProfileChange } : {}),
  });
  const { lesson, profile } = s;
  const start = useMemo(() => (lesson ? startProfile(lesson) : null), [lesson]);
  if (!lesson) return <p className="notice">No lessons are available.</p>;

  const unlocked = new Set(lesson.controls.map((c) => c.path));
  const specs = controlsFor(lesson.product).filter((c) => unlocked.has(`${lesson.product}.${c.path}`));
  const qualify = (path: string) => `${lesson.product}.${path}`;
  // Its own id prefix, so the lesson's controls never share test ids with the playground panes'.
  const panelId = `lesson-${lesson.product}`;
  const valueOf = (p: ProductProfile | null, path: string) => {
    if (!p) return undefined;
    const r = readControl(p, qualify(path));
    return r.ok ? r.value : undefined;
  };
  const startValue = (path: string) => (start?.ok ? valueOf(start.profile, path) : undefined);
  const index = lessons.indexOf(lesson);
  const next = lessons[index + 1];

  return (
    <div className="lesson-runner" data-testid="lesson-runner">
      <Notices notices={s.notices} onDismiss={s.dismissNotice} />
      <LessonList lessons={lessons} progress={s.progress.lessons} currentId={lesson.id} onSelect={s.open} />
      <LessonPanel
        lesson={lesson} position={index + 1} total={lessons.length} progress={lessonProgress(s.progress, lesson.id)} goal={s.goal}
        next={next ? { id: next.id, title: next.title } : null}
        onRevealHint={s.revealHint} onAnswer={s.answer} onNext={() => next && s.open(next.id)} onRestart={s.restart}
        controls={
          <ControlsPanel
            product={panelId} controls={specs} unlocked={new Set([...unlocked].map((p) => p.replace(lesson.product, panelId)))}
            value={(path) => valueOf(profile, path)}
            isChanged={(path) => JSON.stringify(valueOf(profile, path)) !== JSON.stringify(startValue(path))}
            onChange={(path, value) => s.changeControl(qualify(path), value)}
            onReset={(path) => s.changeControl(qualify(path), startValue(path))}
          />
        }
      />
      <p className="lesson-attack">
        Done defending? <AttackLink className="btn" label="Try Attack mode" testid="lesson-attack-link" />: you play the compromised agent.
      </p>
      <BackupCode makeCode={s.makeCode} onImport={s.importBackup} />
    </div>
  );
}
