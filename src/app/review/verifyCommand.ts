// The command a reviewer runs to check the page's verdicts on a real Claude Code: `containment-lab
// verify` with each Claude Code file at the scope the page read it at (README: containment-lab verify).
// Text only; the page shows it in a <code> block and copies it as text.
import type { SettingsScope } from '../../sim/config/mergeScopes.ts';
import type { ImportedSource } from '../../sim/review/importConfig.ts';
import { PASTE_NAME } from './reviewState.ts';

export type VerifyCommand = { ok: true; command: string; notes: string[] } | { ok: false; reason: string };

/** The scopes verify can place a file at (managed settings are machine-wide). */
const PLACEABLE: readonly SettingsScope[] = ['user', 'project', 'local'];

/** A shell word: bare when it is plainly safe, else single-quoted. */
export function shellWord(s: string): string {
  return /^[A-Za-z0-9._/=+:@-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`;
}

export function verifyCommand(sources: readonly Pick<ImportedSource, 'name' | 'format' | 'scope'>[]): VerifyCommand {
  const cc = sources.filter((s) => s.format === 'claude-code');
  if (cc.length === 0) return { ok: false, reason: '`containment-lab verify` runs Claude Code settings files; a sandbox-runtime settings file or a product profile is checked by the engine only' };
  const notes: string[] = [];
  const names = cc.map((s) => s.name);
  const words: string[] = [];
  for (const s of cc) {
    const scope = s.scope ?? 'project';
    if (!PLACEABLE.includes(scope)) {
      notes.push(`${s.name} (${scope} scope) is left out: verify places files at the user, project or local scope only.`);
      continue;
    }
    let file = s.name;
    if (s.name === PASTE_NAME) {
      file = names.includes('settings.json') ? 'pasted-settings.json' : 'settings.json';
      notes.push(`Save the pasted text as ${file} first.`);
    }
    words.push(shellWord(`${scope}=${file}`));
  }
  if (words.length === 0) return { ok: false, reason: notes.join(' ') };
  return { ok: true, command: `npx containment-lab verify ${words.join(' ')}`, notes };
}
