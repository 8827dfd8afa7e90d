import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/lessons.ts';
import { CURRICULUM } from '../../src/lessons/curriculum.ts';
import type { LessonEngine } from '../../src/lessons/verify.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

describe('containment-lab lessons', () => {
  it('--verify --json prints one verdict per lesson from the real engine', async () => {
    const { io, out, err } = capture();
    const code = await run(['--verify', '--json', '--lesson', 'blast-radius', '--lesson=sandbox-and-fatigue'], io);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(JSON.parse(out.join(''))).toEqual([
      { id: 'blast-radius', title: CURRICULUM[0]?.title, startFails: true, solutionPasses: true },
      { id: 'sandbox-and-fatigue', title: CURRICULUM.find((l) => l.id === 'sandbox-and-fatigue')?.title, startFails: true, solutionPasses: true },
    ]);
  });

  it('exits 1 and says why when a lesson is not proven', async () => {
    // An engine where nothing ever goes wrong: every start already meets its goal.
    const calm: LessonEngine = {
      scenarioIds: () => ['phished-prompt'],
      run: async ({ scenario }) => ({ scenario, harms: [], taskCompleted: true, prompts: 0, exfiltrations: [], decidedBy: null }),
    };
    const { io, out } = capture();
    expect(await run(['--verify', '--lesson', 'blast-radius', '--lesson', 'local-vm'], io, calm)).toBe(1);
    const text = out.join('');
    expect(text).toContain('FAIL blast-radius: the starting settings already meet the goal');
    expect(text).toContain("FAIL local-vm: scenario symlink-mount-escape is not in the engine's catalog yet");
    expect(text).toContain('0 of 2 lessons proven solvable');
  });

  it('lists the curriculum in order without --verify', async () => {
    const { io, out } = capture();
    expect(await run([], io)).toBe(0);
    expect(out).toHaveLength(CURRICULUM.length);
    expect(out[0]).toContain(' 1. blast-radius');
  });

  it('rejects bad input with one line on stderr and exit 2', async () => {
    for (const argv of [['--verfy'], ['--lesson'], ['--lesson', 'no-such']]) {
      const { io, out, err } = capture();
      expect(await run(argv, io)).toBe(2);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0]?.trim().split('\n')).toHaveLength(1);
    }
  });
});
