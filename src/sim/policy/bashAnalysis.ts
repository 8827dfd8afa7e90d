// How Claude Code reads a Bash command line before deciding on it: which simple commands it holds, which
// of them only read, which paths they name, and which files their redirections write. The command sets
// come from running the real client (2.1.328, test/fidelity/claudeCode.fidelity.test.ts), not from the
// docs: read-only commands inside the working directories run without a prompt in every mode but
// bypass; `$(...)`, backticks, env prefixes, a `..` after a folder name (`src/../x`; a leading `../` is
// resolved as usual), or a path outside the working directories
// make Claude Code ask; a redirection into a file is a write even when the command only reads.
import { splitCompound } from './bashRules.ts';

/** Commands that only read, whatever their operands (each operand that names a file is still checked). */
const READ_ONLY = new Set([
  'cat', 'head', 'tail', 'wc', 'grep', 'egrep', 'fgrep', 'rg', 'ls', 'pwd', 'echo', 'printf', 'sort', 'cut', 'tr', 'diff',
  'file', 'stat', 'du', 'df', 'which', 'type', 'whoami', 'id', 'uname', 'date', 'hostname', 'basename', 'dirname',
  'realpath', 'readlink', 'jq', 'nl', 'od', 'md5sum', 'sha1sum', 'sha256sum', 'base64', 'tac', 'rev', 'seq', 'ps',
  'uptime', 'free', 'history', 'column', 'strings', 'expr', 'tree', 'test', '[', 'true', 'false', 'sleep', 'cd',
]);
/** Operands of these are words, not paths. */
const NO_PATHS = new Set(['echo', 'printf', 'expr', 'seq', 'sleep', 'basename', 'dirname', 'which', 'type', 'date', 'true', 'false', 'history', 'id', 'whoami', 'uname', 'hostname', 'ps', 'uptime', 'free', 'tr']);
/** git subcommands that only read. */
const GIT_READ_ONLY = new Set(['status', 'log', 'diff', 'show', 'branch', 'remote', 'rev-parse']);
/** Interpreters whose version query reads nothing. */
const VERSION_ONLY = new Set(['node', 'python', 'python3']);
/** find expressions that act rather than filter. */
const FIND_ACTIONS = new Set(['-exec', '-execdir', '-ok', '-okdir', '-delete', '-fprint', '-fprint0', '-fprintf', '-fls']);
/**
 * Environment assignments the client treats as harmless in front of a command: `TZ=UTC npm test` runs
 * auto-allowed in the sandbox while `FOO=1 ls` asks (measured). TZ is the one measured; the locale and
 * colour switches beside it are our assumption of the same kind.
 */
const SAFE_ENV = new Set(['TZ', 'LANG', 'LC_ALL', 'NO_COLOR', 'FORCE_COLOR']);
/** What acceptEdits approves inside the working directories, besides file-writing redirections. */
export const FILESYSTEM_COMMANDS = new Set(['mkdir', 'touch', 'rm', 'rmdir', 'mv', 'cp']);

export interface SimpleCommand {
  /** The words after quotes are removed (no expansion). */
  words: string[];
  /** Files written by `>`, `>>` or `&>` (not /dev/null, not a descriptor). */
  writes: string[];
  /** Files read by `<`. */
  reads: string[];
  /** `$VAR` or `NAME=value` prefixes, which Claude Code does not treat as plain. */
  envPrefix: boolean;
}

export interface BashAnalysis {
  commands: SimpleCommand[];
  /** `$(...)` or backticks anywhere: the line cannot be judged from its text. */
  substitution: boolean;
}

/** Split one simple command into words and redirections, honouring quotes. */
function tokenize(text: string): SimpleCommand {
  const words: string[] = [];
  const writes: string[] = [];
  const reads: string[] = [];
  let cur = '';
  let has = false;
  let quote: string | null = null;
  let pending: 'write' | 'read' | null = null;
  const flush = () => {
    if (!has) return;
    if (pending === 'write') {
      if (cur !== '/dev/null' && !/^&\d$/.test(cur)) writes.push(cur);
    } else if (pending === 'read') reads.push(cur);
    else words.push(cur);
    pending = null;
    cur = '';
    has = false;
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (quote !== null) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && i + 1 < text.length) cur += text[++i];
      else cur += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      has = true;
      continue;
    }
    if (ch === '\\' && i + 1 < text.length) {
      cur += text[++i];
      has = true;
      continue;
    }
    if (/\s/.test(ch)) {
      flush();
      continue;
    }
    // Redirections: [n]>, [n]>>, &>, <, and descriptor duplication n>&m.
    if (ch === '>' || ch === '<') {
      if (has && /^\d$/.test(cur)) {
        cur = '';
        has = false;
      } else flush();
      const kind = ch === '>' ? 'write' : 'read';
      if (text[i + 1] === '>') i += 1;
      if (text[i + 1] === '&' && /\d/.test(text[i + 2] ?? '')) {
        i += 2;
        continue;
      }
      pending = kind;
      continue;
    }
    if (ch === '&' && text[i + 1] === '>') {
      flush();
      i += 1;
      if (text[i + 1] === '>') i += 1;
      pending = 'write';
      continue;
    }
    cur += ch;
    has = true;
  }
  flush();
  let envPrefix = false;
  while (words.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0] as string)) {
    if (!SAFE_ENV.has((words[0] as string).split('=')[0] as string)) envPrefix = true;
    words.shift();
  }
  return { words, writes, reads, envPrefix };
}

export function analyzeBash(line: string): BashAnalysis {
  return {
    commands: splitCompound(line).map(tokenize).filter((c) => c.words.length > 0 || c.writes.length > 0 || c.reads.length > 0),
    substitution: /\$\(|`/.test(line),
  };
}

function operands(words: string[]): string[] {
  const out: string[] = [];
  let afterDashes = false;
  for (const w of words) {
    if (!afterDashes && w === '--') {
      afterDashes = true;
      continue;
    }
    if (!afterDashes && w.startsWith('-') && w !== '-') continue;
    out.push(w);
  }
  return out;
}

/**
 * The paths a simple command reads, or null when Claude Code does not count it as read-only.
 * Paths are as written (relative to the working directory, `~` unexpanded).
 */
export function readOnlyPaths(c: SimpleCommand): string[] | null {
  // A word starting with `=` is zsh's `=cmd` expansion: the client asks (measured: `echo =x`).
  if (c.envPrefix || c.writes.length > 0 || c.words.some((w) => w.startsWith('='))) return null;
  const [name = '', ...args] = c.words;
  if (name === '') return [...c.reads];
  if (name === 'xargs') {
    const rest = args.findIndex((a) => !a.startsWith('-'));
    return rest === -1 ? [...c.reads] : readOnlyPaths({ ...c, words: args.slice(rest) });
  }
  if (name === 'git') {
    const sub = args.find((a) => !a.startsWith('-')) ?? '';
    return GIT_READ_ONLY.has(sub) && !(sub === 'branch' && args.some((a) => /^-[dDmMcC]/.test(a))) ? [...c.reads] : null;
  }
  if (VERSION_ONLY.has(name)) return args.length === 1 && /^(--version|-v|-V)$/.test(args[0] as string) ? [...c.reads] : null;
  if (name === 'sed') {
    if (args.some((a) => /^-[a-zA-Z]*i/.test(a) || a.startsWith('--in-place'))) return null;
    const ops = operands(args);
    return [...ops.slice(args.some((a) => a === '-e' || a === '-f') ? 0 : 1), ...c.reads];
  }
  if (name === 'sort' && args.some((a) => a === '-o' || a.startsWith('--output'))) return null;
  // uniq's second operand is an output file, so the client only trusts it reading standard input.
  if (name === 'uniq') return operands(args).length === 0 ? [...c.reads] : null;
  if (name === 'find') {
    if (args.some((a) => FIND_ACTIONS.has(a))) return null;
    const end = args.findIndex((a) => a.startsWith('-') || a === '(' || a === '!');
    return [...(end === -1 ? args : args.slice(0, end)), ...c.reads];
  }
  if (!READ_ONLY.has(name)) return null;
  if (NO_PATHS.has(name)) return [...c.reads];
  const ops = operands(args);
  // grep and rg take the pattern first unless it came with -e / -f.
  const patternFirst = (name === 'grep' || name === 'egrep' || name === 'fgrep' || name === 'rg') && !args.some((a) => a === '-e' || a === '-f');
  const jqFilter = name === 'jq';
  return [...ops.slice(patternFirst || jqFilter ? 1 : 0), ...c.reads];
}

/** Operands that look like paths, for commands the analysis does not know (used for Read deny rules). */
export function pathLikeOperands(c: SimpleCommand): string[] {
  const [, ...args] = c.words;
  return [...operands(args).filter((a) => a.includes('/') || a.startsWith('~') || a.startsWith('.')), ...c.reads];
}
