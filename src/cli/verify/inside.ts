// Inside the box: read the job verify wrote, ask the binary its version, run every case's session on the
// real Claude Code (the harness in realSession.ts), and write what the client did back for the CLI,
// which runs the engine side and prints the comparison outside.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { CallObservation, CcCase } from './caseTypes.ts';
import { runRealCase } from './realSession.ts';

export interface Job {
  bin: string;
  cases: { case: CcCase; root: string }[];
  /** Where to write the result (inside the throwaway folder). */
  out: string;
  concurrency: number;
}

export interface JobResult {
  version: string | null;
  versionError?: string;
  runs: { observations: CallObservation[]; problems: string[] }[];
}

export async function runJob(file: string): Promise<number> {
  const job = JSON.parse(readFileSync(file, 'utf8')) as Job;
  const v = spawnSync(job.bin, ['--version'], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, DISABLE_AUTOUPDATER: '1' } });
  const version = v.status === 0 ? /(\d+\.\d+\.\d+)/.exec(v.stdout)?.[1] ?? null : null;
  const result: JobResult = { version, runs: [] };
  if (version === null) {
    result.versionError = `\`${job.bin} --version\` ${v.error ? `failed (${(v.error as NodeJS.ErrnoException).code ?? v.error.message})` : `printed no version (exit ${v.status}): ${(v.stderr || v.stdout).trim().split('\n')[0] ?? ''}`}`;
    writeFileSync(job.out, JSON.stringify(result));
    return 0;
  }
  const runs: JobResult['runs'] = new Array(job.cases.length);
  let next = 0;
  const worker = async () => {
    while (next < job.cases.length) {
      const i = next++;
      const { case: c, root } = job.cases[i] as Job['cases'][number];
      try {
        runs[i] = await runRealCase(c, job.bin, root);
      } catch (e) {
        runs[i] = { observations: [], problems: [`the session could not run: ${e instanceof Error ? e.message : String(e)}`] };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, job.concurrency) }, worker));
  result.runs = runs;
  writeFileSync(job.out, JSON.stringify(result));
  return 0;
}
