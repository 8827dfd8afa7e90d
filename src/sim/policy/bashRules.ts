// Matching Bash commands against Bash(...) rules, per https://code.claude.com/docs/en/permissions
// ("Bash"): an exact command, `*` wildcards anywhere (`Bash(ls *)` matches `ls -la` but not `lsof`,
// and a trailing ` *` also matches the bare command), and the legacy `prefix:*` form. A rule is
// matched against each command of a compound line (`&&`, `||`, `;`, `|`, newlines), so a prefix rule
// never approves `safe && other`. Our own implementation of the documented behaviour.

import { LinearRegExp } from '../core/linearRegex.ts';

export type BashPattern =
  | { kind: 'exact'; command: string }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'wildcard'; regex: RegExp };

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function compileBashPattern(spec: string): BashPattern {
  const legacy = /^(.*):\*$/s.exec(spec);
  if (legacy !== null) return { kind: 'prefix', prefix: (legacy[1] as string).trim() };
  // `\*` is a literal star; any other `*` is a wildcard.
  const parts = spec.split(/(?<!\\)\*/);
  if (parts.length === 1) return { kind: 'exact', command: spec.replace(/\\\*/g, '*').trim() };
  const literal = (s: string) => escapeRegex(s.replace(/\\\*/g, '*'));
  let source = parts.map(literal).join('.*');
  if (parts.length === 2 && spec.endsWith(' *')) {
    // `git *` also matches a bare `git`: the space and what follows are optional together.
    source = literal((parts[0] as string).slice(0, -1)) + '(?: .*)?';
  }
  // Linear-time matching: twenty-six `*` in one rule must not make a check exponential.
  return { kind: 'wildcard', regex: new LinearRegExp(`^${source}$`, 's') };
}

export function matchesBashPattern(p: BashPattern, command: string): boolean {
  switch (p.kind) {
    case 'exact': return command === p.command;
    case 'prefix': return command === p.prefix || command.startsWith(p.prefix + ' ');
    case 'wildcard': return p.regex.test(command);
  }
}

const WRAPPERS: RegExp[] = [/^timeout\s+(?:-\S+\s+)*\S+\s+/, /^nice\s+(?:-n\s*-?\d+\s+|-\d+\s+)?/, /^nohup\s+/, /^time\s+/];
const TRAILING_REDIRECT = /\s+(?:\d?>>?|&>)\s*(?:&\d|\S+)$/;

/** The form a single command is matched in: wrappers like `timeout 5` and output redirections removed. */
export function normalizeCommand(command: string): string {
  let c = command.trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const w of WRAPPERS) {
      const next = c.replace(w, '');
      if (next !== c) {
        c = next;
        changed = true;
      }
    }
    const stripped = c.replace(TRAILING_REDIRECT, '');
    if (stripped !== c) {
      c = stripped;
      changed = true;
    }
  }
  return c;
}

/**
 * Split a command line on control operators outside quotes. Subshells and substitutions are
 * kept as text, so `$(curl x)` stays inside its command and no prefix rule can approve it.
 */
export function splitCompound(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i] as string;
    const next = line[i + 1];
    if (quote !== null) {
      cur += ch;
      if (ch === '\\' && quote === '"' && next !== undefined) {
        cur += next;
        i += 1;
      } else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '\\' && next !== undefined) {
      cur += ch + next;
      i += 1;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      cur += ch;
      continue;
    }
    const two = ch + (next ?? '');
    if (two === '&&' || two === '||') {
      out.push(cur);
      cur = '';
      i += 1;
      continue;
    }
    if (ch === ';' || ch === '|' || ch === '\n' || (ch === '&' && next !== '>' && line[i - 1] !== '>')) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter((s) => s !== '');
}
