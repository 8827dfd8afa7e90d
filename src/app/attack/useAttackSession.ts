// One learner at the Attack view: the level on screen, the steps taken so far (each new step reruns
// the whole attempt in the engine worker, so the log is always the engine's own), the score board,
// and the CTF key. The engine is called through the same worker client as the playground.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ATTACK_LEVELS, attackLevelById } from '../../sim/attack/levels/index.ts';
import type { AttemptSummary } from '../../sim/attack/serve.ts';
import type { AttackLevel, AttackStep } from '../../sim/attack/types.ts';
import { MAX_ATTACK_STEPS } from '../../sim/attack/run.ts';
import { flagFor } from '../../sim/attack/flag.ts';
import type { AttackBoard, StorageLike } from '../progress/progressStore.ts';
import { loadBoard, recordAttempt, revealAttackHint, saveBoard, scoreOf } from './board.ts';
import { attackHash, readAttackHash } from './attackHash.ts';

export type RunAttempt = (levelId: string, steps: AttackStep[]) => Promise<AttemptSummary>;

export interface SessionPorts {
  run: RunAttempt;
  storage: StorageLike | null;
  hash: { read(): string; replace(hash: string): void };
}

function firstLevel(): AttackLevel {
  return ATTACK_LEVELS[0] as AttackLevel;
}

export function useAttackSession(ports: SessionPorts) {
  const [init] = useState(() => {
    const h = readAttackHash(ports.hash.read());
    const loaded = loadBoard(ports.storage);
    const known = h.level === null ? undefined : attackLevelById(h.level);
    const notices = [loaded.notice, h.level !== null && known === undefined ? `There is no attack level "${h.level}"; showing the first level.` : undefined].filter((n): n is string => n !== undefined);
    return { level: known ?? firstLevel(), ctfKey: h.ctfKey, board: loaded.board, notices };
  });
  const [level, setLevel] = useState<AttackLevel>(init.level);
  const [board, setBoard] = useState<AttackBoard>(init.board);
  const [notices, setNotices] = useState<string[]>(init.notices);
  const [ctfKey, setCtfKey] = useState<string | null>(init.ctfKey);
  const [steps, setSteps] = useState<AttackStep[]>([]);
  const [result, setResult] = useState<AttemptSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [flag, setFlag] = useState<string | null>(null);
  // A reply for a level the learner already left is dropped.
  const generation = useRef(0);

  const commitBoard = useCallback((next: AttackBoard) => {
    setBoard(next);
    const problem = saveBoard(ports.storage, next);
    if (problem) setNotices((ns) => (ns.includes(problem) ? ns : [...ns, problem]));
  }, [ports.storage]);

  useEffect(() => {
    ports.hash.replace(attackHash(level.id, readAttackHash(ports.hash.read()).ctfKey));
  }, [level.id, ports.hash]);

  const won = result?.won === true;
  useEffect(() => {
    let live = true;
    if (!won || ctfKey === null) {
      setFlag(null);
      return;
    }
    flagFor(ctfKey, level.id).then((f) => live && setFlag(f), () => live && setFlag(null));
    return () => { live = false; };
  }, [won, ctfKey, level.id]);

  const openLevel = useCallback((id: string) => {
    const next = attackLevelById(id);
    if (!next) return;
    generation.current += 1;
    setLevel(next);
    setSteps([]);
    setResult(null);
    setError(null);
    setBusy(false);
  }, []);

  const take = useCallback(async (step: AttackStep) => {
    if (busy) return;
    if (steps.length >= MAX_ATTACK_STEPS) {
      setError(`An attempt has at most ${MAX_ATTACK_STEPS} steps. Start over to try again.`);
      return;
    }
    const mine = ++generation.current;
    const next = [...steps, step];
    setBusy(true);
    setError(null);
    try {
      const r = await ports.run(level.id, next);
      if (mine !== generation.current) return;
      setSteps(next);
      setResult(r);
      commitBoard(recordAttempt(board, level.id, r.won));
    } catch (e) {
      if (mine === generation.current) setError(`The engine could not run that: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (mine === generation.current) setBusy(false);
    }
  }, [busy, steps, ports, level.id, board, commitBoard]);

  return {
    level, board, score: scoreOf(board, level.id), notices, ctfKey, steps, result, busy, error, flag,
    openLevel,
    take,
    restart: () => openLevel(level.id),
    revealHint: () => commitBoard(revealAttackHint(board, level.id, level.hints.length)),
    setCtfKey: (key: string | null) => setCtfKey(key === '' ? null : key),
    dismissNotice: (i: number) => setNotices((ns) => ns.filter((_, j) => j !== i)),
  };
}

export type AttackSession = ReturnType<typeof useAttackSession>;
