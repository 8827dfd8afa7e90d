// Paths sandbox-runtime always write-protects under the working directory, even inside allowWrite:
// files and folders that make a later, unsandboxed process run attacker code (shell rc files, git
// hooks and config, editor and agent command folders, MCP server lists). List and conditions from
// @anthropic-ai/sandbox-runtime 0.0.83 dist/sandbox/sandbox-utils.js (DANGEROUS_FILES,
// getDangerousDirectories) and dist/sandbox/linux-sandbox-utils.js (linuxGetCwdMandatoryDenyPaths,
// linuxGetMandatoryDenyPaths: a ripgrep scan that lists files four levels deep, node_modules skipped;
// a nested repository is known by its .git/HEAD, so its hooks are protected before there are any).
import { join } from './paths.ts';

export const DANGEROUS_FILES = [
  '.gitconfig', '.gitmodules', '.bashrc', '.bash_profile', '.zshrc', '.zprofile', '.profile', '.ripgreprc', '.mcp.json',
] as const;

export const DANGEROUS_DIRS = ['.vscode', '.idea', '.claude/commands', '.claude/agents'] as const;

/** The runtime's mandatoryDenySearchDepth (default 3); ripgrep lists files one level deeper. */
export const NESTED_SCAN_DEPTH = 3;

/** What cwd/.git is: a repository (directory), a worktree or submodule pointer (file), or absent. */
export type GitKind = 'dir' | 'file' | undefined;

export interface MandatoryDenyOptions {
  cwd: string;
  /** cwd/.git: hooks and config are protected in a repository; a pointer file is protected itself. */
  git: GitKind;
  allowGitConfig: boolean;
}

/** The literal paths under cwd, as the runtime lists them before its nested scan. */
export function cwdMandatoryDenyPaths(o: MandatoryDenyOptions): string[] {
  const out = [...DANGEROUS_FILES, ...DANGEROUS_DIRS].map((name) => join(o.cwd, name));
  if (o.git === 'file') out.push(join(o.cwd, '.git'));
  if (o.git === 'dir') {
    out.push(join(o.cwd, '.git/hooks'));
    if (!o.allowGitConfig) out.push(join(o.cwd, '.git/config'));
  }
  return out;
}

/** Folder names the scan stops at (a match inside one protects the folder), lower case. */
const REGION_NAMES = [['.vscode'], ['.idea'], ['.claude', 'commands'], ['.claude', 'agents'], ['.git', 'hooks'], ['.git', 'config'], ['.git', 'head']];

export interface NestedRegion {
  /** Relative to cwd. */
  region: string;
  isDir: boolean;
  /**
   * For `.git/hooks`: the repository's HEAD, relative to cwd. Its presence alone protects the hooks
   * folder (the scan finds HEAD and protects hooks beside it, there or not).
   */
  head?: string;
}

/**
 * For a path under cwd, the protected region the runtime's nested scan would derive from files found
 * there: the dangerous folder holding it, `.git/hooks` / `.git/config`, or a dangerous file itself.
 * The scan globs case-insensitively (`.BashRC` counts) and skips node_modules. A folder name counts
 * when it starts at most depth - 2 below cwd (`sub/.git/hooks`, not `a/sub/.git/hooks`), a dangerous
 * file when it lies at most depth - 1 below (`a/b/.bashrc`). Callers check that the region exists
 * (or, for hooks, that HEAD does). Null when nothing is implied.
 */
export function nestedDenyRegion(relFromCwd: string, allowGitConfig: boolean): NestedRegion | null {
  const segs = relFromCwd.split('/');
  const lower = segs.map((s) => s.toLowerCase());
  if (lower.includes('node_modules')) return null;
  for (let i = 0; i < lower.length; i += 1) {
    const name = REGION_NAMES.find((n) => n.every((part, k) => lower[i + k] === part));
    if (name === undefined) continue;
    if (i > NESTED_SCAN_DEPTH - 2) return null;
    const region = segs.slice(0, i + name.length).join('/');
    if (name[1] === 'head') return null; // HEAD itself stays writable; it protects hooks beside it
    if (name[1] === 'config') return allowGitConfig || region.length !== relFromCwd.length ? null : { region, isDir: false };
    if (name[1] === 'hooks') return { region, isDir: true, head: `${segs.slice(0, i + 1).join('/')}/HEAD` };
    return { region, isDir: true };
  }
  const last = lower.length - 1;
  if (last <= NESTED_SCAN_DEPTH - 1 && (DANGEROUS_FILES as readonly string[]).includes(lower[last] ?? '')) {
    return { region: relFromCwd, isDir: false };
  }
  return null;
}
