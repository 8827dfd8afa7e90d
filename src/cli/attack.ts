// `containment-lab attack [--verify] [--level ID]... [--json]`: lists the attack levels, or proves each
// one with the real engine (its reference attack wins, the empty attempt does not, its closing control
// stops the reference). Exit 0 all proven, 1 some not, 2 bad input.
import { ATTACK_LEVELS } from '../sim/attack/levels/index.ts';
import { proveLevels, type LevelProof } from '../sim/attack/verify.ts';
import { UsageError, fail, type CliIO } from './io.ts';

const USAGE = 'usage: containment-lab attack [--verify] [--level ID]... [--json]';

function parse(argv: readonly string[]): { verify: boolean; json: boolean; ids: string[] } {
  const out = { verify: false, json: false, ids: [] as string[] };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] as string;
    if (a === '--verify') out.verify = true;
    else if (a === '--json') out.json = true;
    else if (a === '--level') {
      const id = argv[i + 1];
      if (id === undefined || id.startsWith('--')) throw new UsageError('--level needs a level id');
      out.ids.push(id);
      i += 1;
    } else if (a.startsWith('--level=')) out.ids.push(a.slice('--level='.length));
    else throw new UsageError(`unknown argument "${a}"; ${USAGE}`);
  }
  const known = new Set(ATTACK_LEVELS.map((l) => l.id));
  const unknown = out.ids.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new UsageError(`unknown level ${unknown.map((u) => `"${u}"`).join(', ')}; known: ${[...known].join(', ')}`);
  return out;
}

const proven = (p: LevelProof): boolean => p.referenceWins && p.emptyFails && p.closedByFix;

function problems(p: LevelProof): string {
  return [
    p.referenceWins ? null : 'the reference attack does not win',
    p.emptyFails ? null : 'doing nothing already wins',
    p.closedByFix ? null : p.catalogueThrough.length > 0
      ? `the closing control lets catalogue techniques through: ${p.catalogueThrough.join(', ')}`
      : 'the closing control does not stop the reference attack',
  ].filter((x) => x !== null).join('; ');
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  let args;
  try {
    args = parse(argv);
  } catch (e) {
    if (e instanceof UsageError) return fail(io, `attack: ${e.message}`);
    throw e;
  }
  const levels = args.ids.length > 0 ? ATTACK_LEVELS.filter((l) => args.ids.includes(l.id)) : ATTACK_LEVELS;
  if (!args.verify) {
    if (args.json) io.stdout.write(`${JSON.stringify(levels.map((l) => ({ id: l.id, title: l.title, product: l.product, difficulty: l.difficulty, goal: l.goalText })))}\n`);
    else levels.forEach((l, i) => io.stdout.write(`${String(i + 1).padStart(2)}. ${l.id}  ${l.title} (${l.product}, difficulty ${l.difficulty})\n`));
    return 0;
  }
  const proofs = await proveLevels(levels);
  if (args.json) io.stdout.write(`${JSON.stringify(proofs)}\n`);
  else {
    for (const p of proofs) io.stdout.write(`${proven(p) ? 'ok  ' : 'FAIL'} ${p.id}${proven(p) ? '' : `: ${problems(p)}`}\n`);
    io.stdout.write(`${proofs.filter(proven).length} of ${proofs.length} levels proven\n`);
  }
  return proofs.every(proven) ? 0 : 1;
}
