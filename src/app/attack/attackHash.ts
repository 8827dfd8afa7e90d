// The Attack view's own hash keys: `#view=attack&level=ID&ctf=KEY`. Both are optional; a bad level
// id falls back to the first level with a notice.

export interface AttackHash {
  level: string | null;
  ctfKey: string | null;
}

function params(hash: string): URLSearchParams {
  return new URLSearchParams(hash.replace(/^#/, ''));
}

export function readAttackHash(hash: string): AttackHash {
  const p = params(hash);
  const ctf = p.get('ctf');
  return { level: p.get('level'), ctfKey: ctf === null || ctf === '' ? null : ctf };
}

/** The hash for a level, keeping a CTF key that came in the link. */
export function attackHash(level: string, ctfKey: string | null): string {
  const p = new URLSearchParams({ view: 'attack', level });
  if (ctfKey !== null) p.set('ctf', ctfKey);
  return `#${p.toString()}`;
}
