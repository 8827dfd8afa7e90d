// `containment-lab ctf export --key K --out FILE [--format csv|json]`: writes every attack level as a
// CTFd challenge (name, description, category, value, flag). The flag is HMAC-SHA-256(K, level id),
// the same the Attack view shows after a win when the trainer's key is set.
import { writeFileSync } from 'node:fs';
import { ATTACK_LEVELS } from '../sim/attack/levels/index.ts';
import { ctfChallenges, ctfCsv } from '../sim/attack/ctf.ts';
import { parseArgs } from './args.ts';
import { UsageError, fail, type CliIO } from './io.ts';

const USAGE = 'usage: containment-lab ctf export --key KEY --out FILE [--format csv|json]';

export async function run(argv: string[], io: CliIO): Promise<number> {
  let key: string;
  let out: string;
  let format: string;
  try {
    const args = parseArgs(argv, { values: ['key', 'out', 'format'], booleans: [] });
    const [sub, ...extra] = args.positionals;
    if (sub !== 'export') throw new UsageError(sub === undefined ? USAGE : `unknown ctf command "${sub}"; ${USAGE}`);
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"; ${USAGE}`);
    key = args.values.get('key') ?? '';
    if (key === '') throw new UsageError('--key is required and must not be empty (the trainer\'s CTF key)');
    out = args.values.get('out') ?? '';
    if (out === '') throw new UsageError('--out FILE is required');
    format = args.values.get('format') ?? 'csv';
    if (format !== 'csv' && format !== 'json') throw new UsageError(`--format must be csv or json, not "${format}"`);
  } catch (e) {
    if (e instanceof UsageError) return fail(io, `ctf: ${e.message}`);
    throw e;
  }
  const challenges = await ctfChallenges(ATTACK_LEVELS, key);
  const text = format === 'csv' ? ctfCsv(challenges) : `${JSON.stringify(challenges, null, 2)}\n`;
  try {
    writeFileSync(out, text);
  } catch (e) {
    return fail(io, `ctf: cannot write ${out}: ${e instanceof Error ? e.message : String(e)}`);
  }
  io.stdout.write(`wrote ${challenges.length} challenges to ${out} (${format})\n`);
  return 0;
}
