// The engine's entry for the Attack view (served by the worker like every playground run): a level id
// and the steps typed so far in, the log and the verdict out. Everything crossing is plain data, and
// whatever arrives is checked again here: a page cannot hand the engine a step it would not build.
import type { SimEvent } from '../core/events.ts';
import { ATTACK_LEVELS, attackLevelById } from './levels/index.ts';
import { closedProfile, MAX_ATTACK_STEPS, runAttempt } from './run.ts';
import { MAX_INPUT } from './input.ts';
import type { AttackStep } from './types.ts';

export interface AttemptRequest {
  levelId: string;
  steps: AttackStep[];
  /** Run against the level's configuration with its closing control applied. */
  closed?: boolean;
}

export interface AttemptSummary {
  won: boolean;
  evidence: string[];
  log: SimEvent[];
  dropped: number;
  stopped?: string;
}

function checkStep(step: unknown, i: number): AttackStep {
  const where = `step ${i + 1}`;
  if (typeof step !== 'object' || step === null) throw new Error(`${where} is not an object`);
  const s = step as { call?: unknown; dangerouslyDisableSandbox?: unknown };
  const call = s.call as Record<string, unknown> | undefined;
  if (typeof call !== 'object' || call === null || typeof call.tool !== 'string') throw new Error(`${where} has no tool call`);
  for (const [k, v] of Object.entries(call)) {
    if (typeof v === 'string' && v.length > MAX_INPUT) throw new Error(`${where}: ${k} is longer than ${MAX_INPUT} characters`);
  }
  const ok = (call.tool === 'Bash' && typeof call.command === 'string')
    || ((call.tool === 'Read' || call.tool === 'Write') && typeof call.path === 'string')
    || (call.tool === 'WebFetch' && typeof call.url === 'string')
    || /^mcp__[A-Za-z0-9_-]+__[A-Za-z0-9_-]+$/.test(call.tool);
  if (!ok) throw new Error(`${where}: ${call.tool} is not a tool the Attack view offers (Bash, Read, Write, WebFetch, mcp__server__tool)`);
  return s.dangerouslyDisableSandbox === true ? { call: call as AttackStep['call'], dangerouslyDisableSandbox: true } : { call: call as AttackStep['call'] };
}

export async function serveAttempt(request: AttemptRequest, clock?: () => number): Promise<AttemptSummary> {
  const level = attackLevelById(request.levelId);
  if (level === undefined) throw new Error(`unknown attack level "${request.levelId}" (known: ${ATTACK_LEVELS.map((l) => l.id).join(', ')})`);
  if (!Array.isArray(request.steps)) throw new Error('steps must be a list');
  if (request.steps.length > MAX_ATTACK_STEPS) throw new Error(`an attempt has at most ${MAX_ATTACK_STEPS} steps; start the level over`);
  const steps = request.steps.map(checkStep);
  const r = await runAttempt(level, steps, { ...(request.closed ? { profile: closedProfile(level) } : {}), ...(clock ? { clock } : {}) });
  return { won: r.won, evidence: r.evidence, log: r.run.log, dropped: r.dropped, ...(r.run.stopped ? { stopped: r.run.stopped.message } : {}) };
}
