import { describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { LessonRunner } from '../../../src/app/lessons/LessonRunner.tsx';
import { evaluateInPage } from '../../../src/app/lessons/evaluateInPage.ts';
import type { Evaluate, HashPort } from '../../../src/app/lessons/useLessonSession.ts';
import { BACKUP_KEY, STORAGE_KEY, exportCode, type StorageLike } from '../../../src/app/progress/progressStore.ts';
import { CURRICULUM } from '../../../src/lessons/curriculum.ts';
import { controlsFor } from '../../../src/app/controls/controlTable.ts';
import { evaluateGoal } from '../../../src/lessons/goals.ts';

function memoryStorage(init: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...init };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => { data[k] = v; } };
}

function memoryHash(initial = ''): HashPort & { value: string; go(h: string): void } {
  const listeners = new Set<() => void>();
  const port = {
    value: initial,
    read: () => port.value,
    write: (h: string) => { port.value = h; },
    subscribe: (cb: () => void) => { listeners.add(cb); return () => listeners.delete(cb); },
    go: (h: string) => { port.value = h; listeners.forEach((cb) => cb()); },
  };
  return port;
}

/** Stand-in engine: the credentials leak unless Claude Code's sandbox is on (other products: never). */
const toyEvaluate: Evaluate = async (lesson, profile) => {
  const leaked = profile.product === 'claude-code' && !profile.sandbox.enabled;
  const facts = { runs: lesson.scenarios.map((scenario) => ({ scenario, harms: [{ id: 'leak', happened: leaked }], taskCompleted: true, prompts: 0, exfiltrations: leaked ? [{ secretId: 'aws', host: 'x.example' }] : [], decidedBy: null })) };
  return { ok: true, report: evaluateGoal(lesson.goal, facts), facts };
};

const first = CURRICULUM[0];
const second = CURRICULUM[1];
if (!first || !second) throw new Error('curriculum too short');

describe('lesson runner', () => {
  it('completes a lesson when the learner changes the unlocked control, saves it, and moves on', async () => {
    const storage = memoryStorage();
    const hash = memoryHash();
    render(<LessonRunner storage={storage} evaluate={toyEvaluate} hash={hash} />);
    expect(screen.getByTestId('lesson-panel').getAttribute('data-lesson')).toBe(first.id);
    // A bare address opens the lesson for real: it is named in the link (and loads its incident).
    await waitFor(() => expect(hash.value).toBe(`#lesson=${first.id}`));
    await waitFor(() => expect(screen.getAllByTestId('goal-clause')[0]?.getAttribute('data-passed')).toBe('false'));
    expect(screen.queryByTestId('lesson-success')).toBeNull();
    expect(screen.getByTestId('lesson-progress').textContent).toContain(`0 of ${CURRICULUM.length} completed`);

    fireEvent.click(screen.getByTestId('control-lesson-claude-code.sandbox.enabled'));
    await screen.findByTestId('lesson-success');
    expect(hash.value).toBe(`#lesson=${first.id}`);
    expect(screen.getByTestId('lesson-progress').textContent).toContain(`1 of ${CURRICULUM.length} completed`);
    expect(JSON.parse(storage.data[STORAGE_KEY] ?? '{}').lessons[first.id].completed).toBe(true);

    fireEvent.click(screen.getByTestId('lesson-next'));
    expect(screen.getByTestId('lesson-panel').getAttribute('data-lesson')).toBe(second.id);
    expect(hash.value).toBe(`#lesson=${second.id}`);
    expect(JSON.parse(storage.data[STORAGE_KEY] ?? '{}').currentLesson).toBe(second.id);
  });

  it('only lets the learner change the lesson\'s unlocked controls', () => {
    render(<LessonRunner storage={memoryStorage()} evaluate={toyEvaluate} hash={memoryHash()} />);
    const panel = screen.getByTestId('controls-lesson-claude-code');
    const shown = [...panel.querySelectorAll('[data-testid^="control-lesson-claude-code."]')].map((c) => c.getAttribute('data-testid'));
    expect(shown).toEqual(first.controls.map((c) => `control-${c.path.replace('claude-code', 'lesson-claude-code')}`));
  });

  it('reveals hints one at a time and remembers them', () => {
    const storage = memoryStorage();
    render(<LessonRunner storage={storage} evaluate={toyEvaluate} hash={memoryHash()} />);
    expect(screen.queryByText(/the one that mattered got a yes/)).toBeNull();
    fireEvent.click(screen.getByTestId('lesson-hint'));
    expect(screen.getByText(/the one that mattered got a yes/)).toBeTruthy();
    expect(screen.queryByText(/Look for a control that limits/)).toBeNull();
    fireEvent.click(screen.getByTestId('lesson-hint'));
    expect(screen.getByText(/Look for a control that limits/)).toBeTruthy();
    expect(JSON.parse(storage.data[STORAGE_KEY] ?? '{}').lessons[first.id].hintsShown).toBe(2);
  });

  it('explains only the picked quiz answer; a wrong pick never reveals the right one', () => {
    render(<LessonRunner storage={memoryStorage()} evaluate={toyEvaluate} hash={memoryHash()} />);
    expect(screen.queryAllByTestId('quiz-explanation')).toHaveLength(0);
    const wrong = first.quiz.answers.findIndex((a) => !a.correct);
    const right = first.quiz.answers.findIndex((a) => a.correct);
    fireEvent.click(screen.getAllByRole('radio')[wrong] as HTMLElement);
    expect(screen.getAllByTestId('quiz-explanation').map((e) => e.textContent)).toEqual([first.quiz.answers[wrong]?.explanation]);
    expect(screen.getByTestId('lesson-quiz').querySelectorAll('.quiz-answer.correct')).toHaveLength(0);
    expect(screen.getByTestId('lesson-quiz').textContent).not.toContain(first.quiz.answers[right]?.explanation);
    expect(screen.getByTestId('quiz-verdict').textContent).toContain('Not this one');
    fireEvent.click(screen.getAllByRole('radio')[right] as HTMLElement);
    expect(screen.getAllByTestId('quiz-explanation').map((e) => e.textContent)).toEqual([first.quiz.answers[right]?.explanation]);
    expect(screen.getByTestId('lesson-quiz').querySelectorAll('.quiz-answer.correct')).toHaveLength(1);
    expect(screen.getByTestId('quiz-verdict').textContent).toBe('Right answer.');
  });

  it('recovers from a corrupted save with a notice, keeping the old data aside', async () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"version":2,"lessons":' });
    render(<LessonRunner storage={storage} evaluate={toyEvaluate} hash={memoryHash()} />);
    expect(screen.getByTestId('lesson-notices').textContent).toContain('could not be read');
    expect(storage.data[BACKUP_KEY]).toBe('{"version":2,"lessons":');
    fireEvent.click(screen.getByTestId('control-lesson-claude-code.sandbox.enabled'));
    await screen.findByTestId('lesson-success');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss notice' }));
    expect(screen.queryByTestId('lesson-notices')).toBeNull();
  });

  it('opens the lesson a deep link names', () => {
    const target = CURRICULUM[4];
    render(<LessonRunner storage={memoryStorage()} evaluate={toyEvaluate} hash={memoryHash(`#lesson=${target?.id}`)} />);
    expect(screen.getByTestId('lesson-panel').getAttribute('data-lesson')).toBe(target?.id);
    screen.getByTestId('lesson-runner');
  });

  it('falls back with a notice for an unknown lesson link, and follows links clicked later', () => {
    const hash = memoryHash('#lesson=no-such-lesson');
    render(<LessonRunner storage={memoryStorage()} evaluate={toyEvaluate} hash={hash} />);
    expect(screen.getByTestId('lesson-notices').textContent).toContain('"no-such-lesson", which does not exist');
    expect(screen.getByTestId('lesson-panel').getAttribute('data-lesson')).toBe(first.id);
    act(() => hash.go(`#lesson=${second.id}`));
    expect(screen.getByTestId('lesson-panel').getAttribute('data-lesson')).toBe(second.id);
  });

  it('moves progress between browsers with a backup code and rejects a damaged one', () => {
    const storage = memoryStorage();
    render(<LessonRunner storage={storage} evaluate={toyEvaluate} hash={memoryHash()} />);
    const code = exportCode({ version: 2, lessons: { [second.id]: { completed: true, hintsShown: 1 } } });
    fireEvent.change(screen.getByTestId('backup-code-import'), { target: { value: code.slice(0, -3) } });
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(screen.getByTestId('backup-code-result').textContent).toMatch(/damaged|incomplete/);
    fireEvent.change(screen.getByTestId('backup-code-import'), { target: { value: code } });
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(screen.getByTestId('backup-code-result').textContent).toContain('restored');
    expect(screen.getByTestId(`lesson-item-${second.id}`).textContent).toContain('completed');
    fireEvent.click(screen.getByRole('button', { name: 'Show my backup code' }));
    expect((screen.getByTestId('backup-code-export') as HTMLTextAreaElement).value).toMatch(/^CL2-/);
  });

  it('works without storage, saying progress will not persist', () => {
    render(<LessonRunner storage={null} evaluate={toyEvaluate} hash={memoryHash()} />);
    expect(screen.getByTestId('lesson-notices').textContent).toContain('cannot be saved');
  });

  it('opens the lesson for real on a bare address; beside a playground link only once the learner engages', async () => {
    const calls: [string, boolean][] = [];
    const record = (l: { id: string }, _p: unknown, engaged: boolean) => calls.push([l.id, engaged]);
    render(<LessonRunner storage={memoryStorage()} evaluate={toyEvaluate} hash={memoryHash()} onProfileChange={record} />);
    await waitFor(() => expect(calls).toEqual([[first.id, true]]));
    cleanup();
    calls.length = 0;
    const playground = memoryHash('#incident=phished-prompt');
    render(<LessonRunner storage={memoryStorage()} evaluate={toyEvaluate} hash={playground} onProfileChange={record} />);
    await waitFor(() => expect(calls).toEqual([[first.id, false]]));
    expect(playground.value).toBe('#incident=phished-prompt');
    fireEvent.click(screen.getByTestId('control-lesson-claude-code.sandbox.enabled'));
    await waitFor(() => expect(calls.at(-1)).toEqual([first.id, true]));
    cleanup();
    calls.length = 0;
    render(<LessonRunner storage={memoryStorage()} evaluate={toyEvaluate} hash={memoryHash(`#lesson=${second.id}`)} onProfileChange={record} />);
    await waitFor(() => expect(calls).toEqual([[second.id, true]]));
  });

  it('checks the goal with the real engine in the page', async () => {
    render(<LessonRunner storage={memoryStorage()} evaluate={evaluateInPage} hash={memoryHash()} />);
    await waitFor(() => expect(screen.getAllByTestId('goal-clause')[0]?.textContent).toContain('exfiltrated: aws-credentials'), { timeout: 10_000 });
    fireEvent.click(screen.getByTestId('control-lesson-claude-code.sandbox.enabled'));
    // The sandbox alone is not enough in the worst case: a git push to the allowlisted code host still
    // carries the keys, and the goal check (the pane's own run) says so.
    await waitFor(() => expect(screen.getAllByTestId('goal-clause')[0]?.textContent).toContain('aws-credentials to github.com'), { timeout: 10_000 });
    expect(screen.queryByTestId('lesson-success')).toBeNull();
    const deny = within(screen.getByTestId('control-lesson-claude-code.permissions.deny')).getByRole('textbox');
    fireEvent.change(deny, { target: { value: 'Read(~/.aws/**)' } });
    fireEvent.blur(deny);
    await screen.findByTestId('lesson-success', {}, { timeout: 10_000 });
  });
});

describe('lesson controls and the playground control table', () => {
  it.each(CURRICULUM.map((l) => [l.id, l] as const))('%s: every unlocked control has a row in the controls panel', (_id, lesson) => {
    const table = new Set(controlsFor(lesson.product).map((c) => `${lesson.product}.${c.path}`));
    expect(lesson.controls.map((c) => c.path).filter((p) => !table.has(p))).toEqual([]);
  });
});
