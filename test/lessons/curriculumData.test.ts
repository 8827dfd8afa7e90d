// Static checks on the curriculum as data: order of ideas, controls that exist, valid profiles,
// well-formed quizzes and sources. The engine-backed proof lives in curriculum.test.ts.
import { describe, expect, it } from 'vitest';
import { CURRICULUM, lessonById, nextLesson } from '../../src/lessons/curriculum.ts';
import { controlProblems, readControl, solvedProfile, startProfile } from '../../src/lessons/controls.ts';
import { CONCEPTS, type Concept, type Paragraph } from '../../src/lessons/types.ts';

const segments = (ps: readonly Paragraph[]) => ps.flat().map((s) => (typeof s === 'string' ? { text: s } : s));

describe('curriculum as data', () => {
  it('has at least 14 lessons with unique ids', () => {
    expect(CURRICULUM.length).toBeGreaterThanOrEqual(14);
    expect(new Set(CURRICULUM.map((l) => l.id)).size).toBe(CURRICULUM.length);
  });

  it('never uses an idea before a lesson has taught it', () => {
    const taught = new Set<Concept>();
    const early: string[] = [];
    for (const lesson of CURRICULUM) {
      for (const c of lesson.teaches) taught.add(c);
      for (const c of lesson.uses) if (!taught.has(c)) early.push(`${lesson.id} uses ${c}`);
    }
    expect(early).toEqual([]);
  });

  it('teaches every idea in the brief, each exactly once', () => {
    const all = CURRICULUM.flatMap((l) => l.teaches);
    expect(new Set(all)).toEqual(new Set(CONCEPTS));
    expect(all.length).toBe(CONCEPTS.length);
  });

  it('ends with the capstone', () => {
    expect(CURRICULUM[CURRICULUM.length - 1]?.teaches).toContain('capstone');
  });

  it.each(CURRICULUM.map((l) => [l.id, l] as const))('%s: unlocked controls exist and the solution only touches them', (_id, lesson) => {
    expect(controlProblems(lesson)).toEqual([]);
    expect(lesson.controls.length).toBeGreaterThan(0);
  });

  it.each(CURRICULUM.map((l) => [l.id, l] as const))('%s: start and solution are valid profiles that differ', (_id, lesson) => {
    const start = startProfile(lesson);
    const solved = solvedProfile(lesson);
    if (!start.ok || !solved.ok) throw new Error(!start.ok ? start.error : !solved.ok ? solved.error : '');
    expect(start.profile.product).toBe(lesson.product);
    const changed = lesson.solution.filter((s) => {
      const before = readControl(start.profile, s.path);
      return before.ok && JSON.stringify(before.value) !== JSON.stringify(s.value);
    });
    expect(changed.length).toBeGreaterThan(0);
  });

  it.each(CURRICULUM.map((l) => [l.id, l] as const))('%s: hints, quiz, sources and text are well formed', (_id, lesson) => {
    expect(lesson.hints.length).toBeGreaterThanOrEqual(2);
    expect(lesson.quiz.answers.length).toBeGreaterThanOrEqual(2);
    expect(lesson.quiz.answers.filter((a) => a.correct)).toHaveLength(1);
    for (const a of lesson.quiz.answers) expect(a.explanation.length).toBeGreaterThan(20);
    expect(lesson.sources.length).toBeGreaterThan(0);
    const links = segments(lesson.text).filter((s) => s.href !== undefined);
    expect(links.length).toBeGreaterThan(0);
    for (const url of [...lesson.sources.map((s) => s.url), ...links.map((s) => s.href as string)]) expect(url).toMatch(/^https:\/\//);
    expect(lesson.goal.clauses.length).toBeGreaterThan(0);
    expect(lesson.scenarios.length).toBeGreaterThan(0);
  });

  it('looks lessons up by id and finds the next one', () => {
    const [first, second] = CURRICULUM;
    expect(lessonById(first?.id ?? '')).toBe(first);
    expect(nextLesson(first?.id ?? '')).toBe(second);
    expect(nextLesson(CURRICULUM[CURRICULUM.length - 1]?.id ?? '')).toBeUndefined();
    expect(lessonById('no-such-lesson')).toBeUndefined();
  });
});
