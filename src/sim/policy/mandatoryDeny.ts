// Paths sandbox-runtime always write-protects under the working directory, even inside allowWrite:
// files and folders that make a later, unsandboxed process run attacker code (shell rc files, git
// hooks and config, editor and agent command folders, MCP server lists). List and conditions from
// @anthropic-ai/sandbox-runtime 0.0.78 dist/sandbox/sandbox-utils.js (DANGEROUS_FILES,
// getDangerousDirectories) and dist/sandbox/linux-sandbox-utils.js (linuxGetCwdMandatoryDenyPaths,
// linuxGetMandatoryDenyPaths: a ripgrep scan three levels deep, node_modules skipped).
import { join } from './paths.ts';

export const DANGEROUS_FILES = [
  '.gitconfig', '.gitmodules', '.bashrc', '.bash_profile', '.zshrc', '.zprofile', '.profile', '.ripgreprc', '.mcp.json',
] as const;

export const DANGEROUS_DIRS = ['.vscode', '.idea', '.claude/commands', '.claude/agents'] as const;

/** ripgrep's --max-depth for the nested scan (a file at cwd/a/b/c is depth 3). */
export const NESTED_SCAN_DEPTH = 3;

export interface MandatoryDenyOptions {
  cwd: string;
  /** Whether cwd/.git is a directory; hooks and config are only protected then (worktrees have a .git file). */
  gitIsDirectory: boolean;
  allowGitConfig: boolean;
}

/** The literal paths under cwd, as the runtime lists them before its nested scan. */
export function cwdMandatoryDenyPaths(o: MandatoryDenyOptions): string[] {
  const out = [...DANGEROUS_FILES, ...DANGEROUS_DIRS].map((name) => join(o.cwd, name));
  if (o.gitIsDirectory) {
    out.push(join(o.cwd, '.git/hooks'));
    if (!o.allowGitConfig) out.push(join(o.cwd, '.git/config'));
  }
  return out;
}

/**
 * For a path under cwd, the protected region the runtime's nested scan would derive from files found
 * there: the dangerous folder holding it, `.git/hooks` / `.git/config`, or a dangerous file itself.
 * The scan globs case-insensitively (`.BashRC` counts) and skips node_modules. The scan only sees
 * files at most NESTED_SCAN_DEPTH deep, so a folder region needs a file directly inside it within
 * that depth; callers check existence. Null when nothing is implied.
 */
export function nestedDenyRegion(relFromCwd: string, allowGitConfig: boolean): { region: string; isDir: boolean } | null {
  const segs = relFromCwd.split('/');
  const lower = segs.map((s) => s.toLowerCase());
  if (lower.includes('node_modules')) return null;
  const within = (n: number, isDir: boolean) => (isDir ? n + 1 : n) <= NESTED_SCAN_DEPTH;
  for (let i = 0; i < lower.length; i += 1) {
    const seg = lower[i];
    const next = lower[i + 1];
    if (seg === '.vscode' || seg === '.idea') {
      return within(i + 1, true) ? { region: segs.slice(0, i + 1).join('/'), isDir: true } : null;
    }
    if (seg === '.claude' && (next === 'commands' || next === 'agents')) {
      return within(i + 2, true) ? { region: segs.slice(0, i + 2).join('/'), isDir: true } : null;
    }
    if (seg === '.git' && next === 'hooks') {
      return within(i + 2, true) ? { region: segs.slice(0, i + 2).join('/'), isDir: true } : null;
    }
    if (seg === '.git' && next === 'config' && !allowGitConfig) {
      return within(i + 2, false) ? { region: segs.slice(0, i + 2).join('/'), isDir: false } : null;
    }
    if ((DANGEROUS_FILES as readonly string[]).includes(seg ?? '')) {
      return within(i + 1, false) ? { region: segs.slice(0, i + 1).join('/'), isDir: false } : null;
    }
  }
  return null;
}
