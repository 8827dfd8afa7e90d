// `containment-lab lessons [--verify] [--lesson ID]... [--json]`: lists the curriculum, or proves each
// lesson solvable with the real engine (start fails the goal, reference solution meets it), so a
// lesson author can check their work. Exit 0 all proven, 1 some not, 2 bad input.
import { CURRICULUM } from '../lessons/curriculum.ts';
import { simEngine } from '../lessons/engineAdapter.ts';
import { verifyAll, type LessonEngine } from '../lessons/verify.ts';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = 'usage: containment-lab lessons [--verify] [--lesson ID]... [--json]';

interface Args {
  verify: boolean;
  json: boolean;
  ids: string[];
}

function parseArgs(argv: readonly string[]): Args | { error: string } {
  const args: Args = { verify: false, json: false, ids: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--verify') args.verify = true;
    else if (a === '--json') args.json = true;
    else if (a === '--lesson') {
      const id = argv[i + 1];
      if (id === undefined || id.startsWith('--')) return { error: '--lesson needs a lesson id' };
      args.ids.push(id);
      i++;
    } else if (a?.startsWith('--lesson=')) args.ids.push(a.slice('--lesson='.length));
    else return { error: `unknown argument "${a}"; ${USAGE}` };
  }
  const known = new Set(CURRICULUM.map((l) => l.id));
  const unknown = args.ids.filter((id) => !known.has(id));
  if (unknown.length > 0) return { error: `unknown lesson ${unknown.map((u) => `"${u}"`).join(', ')}; known: ${[...known].join(', ')}` };
  return args;
}

export async function run(argv: readonly string[], io: CliIo, engine: LessonEngine = simEngine()): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    io.stderr(`containment-lab lessons: ${args.error}\n`);
    return 2;
  }
  const lessons = args.ids.length > 0 ? CURRICULUM.filter((l) => args.ids.includes(l.id)) : CURRICULUM;
  if (!args.verify) {
    if (args.json) io.stdout(`${JSON.stringify(lessons.map((l) => ({ id: l.id, title: l.title, product: l.product, scenarios: l.scenarios })))}\n`);
    else lessons.forEach((l, i) => io.stdout(`${String(i + 1).padStart(2)}. ${l.id}  ${l.title}\n`));
    return 0;
  }
  const verdicts = await verifyAll(lessons, engine);
  if (args.json) {
    io.stdout(`${JSON.stringify(verdicts.map((v) => ({ id: v.id, title: v.title, startFails: v.startFails, solutionPasses: v.solutionPasses })))}\n`);
  } else {
    for (const v of verdicts) {
      const ok = v.startFails && v.solutionPasses && v.problems.length === 0;
      io.stdout(`${ok ? 'ok  ' : 'FAIL'} ${v.id}${ok ? '' : `: ${v.problems.join('; ')}`}\n`);
    }
    const proven = verdicts.filter((v) => v.startFails && v.solutionPasses && v.problems.length === 0).length;
    io.stdout(`${proven} of ${verdicts.length} lessons proven solvable\n`);
  }
  return verdicts.every((v) => v.startFails && v.solutionPasses && v.problems.length === 0) ? 0 : 1;
}
