// Where the real Claude Code comes from: one pinned version, installed from the npm registry into a cache
// folder on first use (never an app dependency: the native binary is about 370 MB). CLAUDE_BIN points the
// suite (and `containment-lab verify --claude`) at another binary.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CLAUDE_CODE_VERSION = '2.1.328';

export function claudeCacheDir(version = CLAUDE_CODE_VERSION): string {
  const base = process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache');
  return join(base, 'containment-lab', `claude-code-${version}`);
}

export type ClaudeBinary = { ok: true; bin: string; version: string } | { ok: false; reason: string };

function versionOf(bin: string): string | null {
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, DISABLE_AUTOUPDATER: '1' } });
  if (r.error || r.status !== 0) return null;
  return /(\d+\.\d+\.\d+)/.exec(r.stdout)?.[1] ?? null;
}

/** The binary to test against, installing the pinned version into the cache when it is missing. */
export function ensureClaudeCode(install = true): ClaudeBinary {
  const override = process.env.CLAUDE_BIN;
  if (override !== undefined && override !== '') {
    const v = versionOf(override);
    return v === null ? { ok: false, reason: `CLAUDE_BIN=${override} does not run (\`${override} --version\` failed)` } : { ok: true, bin: override, version: v };
  }
  const dir = claudeCacheDir();
  const bin = join(dir, 'node_modules', '.bin', 'claude');
  if (!existsSync(bin) && install) {
    mkdirSync(dir, { recursive: true });
    const r = spawnSync('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `@anthropic-ai/claude-code@${CLAUDE_CODE_VERSION}`], { encoding: 'utf8', timeout: 900_000 });
    if (r.status !== 0) return { ok: false, reason: `npm install @anthropic-ai/claude-code@${CLAUDE_CODE_VERSION} failed: ${(r.stderr || r.stdout || String(r.error)).trim().split('\n').slice(-3).join(' | ')}` };
  }
  if (!existsSync(bin)) return { ok: false, reason: `Claude Code ${CLAUDE_CODE_VERSION} is not installed in ${dir}` };
  const v = versionOf(bin);
  if (v === null) return { ok: false, reason: `${bin} --version failed` };
  return { ok: true, bin, version: v };
}
