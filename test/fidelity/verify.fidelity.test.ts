// `containment-lab verify` end to end: the shipped Claude Code preset, written as the settings.json that
// says the same, through the CLI as a reviewer runs it, on the pinned real Claude Code inside the box.
// Every incident call must agree (the differential suite holds the engine to that), and the run must
// leave the reviewer's home alone: a home with its own canary is hidden from the box and untouched.
// In CI a missing binary fails; elsewhere it is installed into the cache on first use.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { preset } from '../../src/sim/profile/presets.ts';
import type { ClaudeCodeProfile } from '../../src/sim/profile/schema.ts';
import { SCENARIOS } from '../../src/sim/scenarios/index.ts';
import { incidentCase, profileToSettings } from '../../src/cli/verify/incidents.ts';
import { CLAUDE_CODE_VERSION, ensureClaudeCode } from '../../src/cli/verify/install.ts';

const inCI = process.env.CI === 'true';
const binary = ensureClaudeCode(true);
if (!binary.ok && !inCI) console.warn(`[fidelity] verify end-to-end SKIPPED: ${binary.reason}`);

const BIN = resolve(import.meta.dirname, '../../src/cli/bin.mjs');
// Outside /tmp, so only the home mask (not the /tmp one) can hide it.
const dir = mkdtempSync(join(resolve(import.meta.dirname, '../..'), '.verify-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type VerifyJson = {
  claudeCode: { version: string; pinned: boolean }; isolation: { network: string; masked: string[]; writable: string };
  incidents: { id: string; calls: { call: string; agree: boolean; differences: string[] }[]; problems: string[] }[];
  agree: number; calls: number; summary: string;
};

describe.runIf(binary.ok || inCI)('containment-lab verify on the pinned Claude Code', () => {
  it('the shipped preset: every incident call agrees with the engine, and the reviewer\'s home is never seen', () => {
    if (!binary.ok) throw new Error(binary.reason);
    const home = join(dir, 'home');
    mkdirSync(join(home, '.aws'), { recursive: true });
    writeFileSync(join(home, '.aws', 'credentials'), '[default]\naws_secret_access_key=CANARY-reviewerhome\n');
    const settings = join(dir, 'settings.json');
    writeFileSync(settings, JSON.stringify(profileToSettings(preset('claude-code', 'shipped') as ClaudeCodeProfile).settings));
    const before = new Set(readdirSync(tmpdir()).filter((n) => n.startsWith('cl-verify-')));
    const started = Date.now();
    const r = spawnSync(process.execPath, [BIN, 'verify', settings, '--json', ...(process.env.CLAUDE_BIN ? ['--claude', binary.bin] : [])], {
      encoding: 'utf8', timeout: 1_200_000, env: { ...process.env, HOME: home, XDG_CACHE_HOME: process.env.XDG_CACHE_HOME ?? join(process.env.HOME ?? '/root', '.cache') },
    });
    console.log(`[fidelity] verify on the shipped preset took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(r.stderr).toMatch(/network: a fresh network namespace with loopback only/);
    const j = JSON.parse(r.stdout) as VerifyJson;
    console.log(`[fidelity] ${j.summary}`);
    expect(j.claudeCode.version).toBe(CLAUDE_CODE_VERSION);
    const expected = SCENARIOS.map(incidentCase).filter((c) => c !== null);
    expect(j.incidents).toHaveLength(expected.length);
    expect(j.calls).toBe(expected.reduce((n, c) => n + c.calls.length, 0));
    const differing = j.incidents.flatMap((i) => [...i.problems.map((p) => `${i.id}: ${p}`), ...i.calls.filter((c) => !c.agree).map((c) => `${i.id} ${c.call}: ${c.differences.join('; ')}`)]);
    expect(differing).toEqual([]);
    expect(r.status, r.stderr).toBe(0);
    expect(j.summary).toBe(`verified on Claude Code ${CLAUDE_CODE_VERSION}: ${j.calls} of ${j.calls} calls agree`);
    // Safety: the reviewer's home was masked, its canary never surfaced, nothing was left behind.
    expect(j.isolation.masked).toContain(home);
    expect(`${r.stdout}${r.stderr}`).not.toContain('reviewerhome');
    expect(readdirSync(home)).toEqual(['.aws']);
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('cl-verify-') && !before.has(n))).toEqual([]);
  });

  // A reviewer is rarely root: the box must come up from an ordinary account too (bubblewrap then needs
  // unprivileged user namespaces). Run as root (CI), this drops to nobody with setpriv; the client is
  // reached through a hard-linked copy, since root's cache folder is not readable by other users.
  it.runIf(process.getuid?.() === 0)('as a non-root user: the box still comes up, the calls agree and the reviewer\'s home stays untouched', () => {
    if (!binary.ok) throw new Error(binary.reason);
    const NOBODY = 65534;
    const outside = mkdtempSync(join(tmpdir(), 'cl-verify-nonroot-'));
    try {
      chmodSync(outside, 0o755);
      // The native client is one self-contained file: a hard link (a copy across file systems) is enough.
      // In its own folder: the box keeps the client's folder visible, so a home beside it would be seen (and verify refuses).
      mkdirSync(join(outside, 'client'), { mode: 0o755 });
      const bin = join(outside, 'client', 'claude.exe');
      try { linkSync(realpathSync(binary.bin), bin); } catch { copyFileSync(realpathSync(binary.bin), bin); chmodSync(bin, 0o755); }
      const home = join(dir, 'nonroot-home');
      mkdirSync(join(home, '.aws'), { recursive: true });
      writeFileSync(join(home, '.aws', 'credentials'), '[default]\naws_secret_access_key=CANARY-nonroothome\n');
      chmodSync(dir, 0o755);
      const settings = join(outside, 'settings.json');
      // The OS sandbox on, so the client's own bubblewrap must also come up nested, unprivileged; two incidents keep it short.
      const shipped = profileToSettings(preset('claude-code', 'shipped') as ClaudeCodeProfile).settings;
      writeFileSync(settings, JSON.stringify({ ...shipped, sandbox: { ...(shipped.sandbox as object | undefined), enabled: true, autoAllowBashIfSandboxed: true } }));
      for (const p of [home, join(home, '.aws'), join(home, '.aws', 'credentials'), settings]) chownSync(p, NOBODY, NOBODY);
      const r = spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, BIN, 'verify', settings, '--incident', 'phished-prompt', '--incident', 'sandbox-escape', '--json', '--claude', bin], {
        encoding: 'utf8', timeout: 1_200_000, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8' },
      });
      expect(r.error).toBeUndefined();
      if (r.stdout.trim() === "") throw new Error(`verify as nobody printed nothing: ${r.stderr}`);
      expect(r.stderr).toMatch(/network: a fresh network namespace with loopback only/);
      const j = JSON.parse(r.stdout) as VerifyJson;
      console.log(`[fidelity] as nobody: ${j.summary}`);
      const differing = j.incidents.flatMap((i) => [...i.problems.map((p) => `${i.id}: ${p}`), ...i.calls.filter((c) => !c.agree).map((c) => `${i.id} ${c.call}: ${c.differences.join('; ')}`)]);
      expect(differing).toEqual([]);
      expect(r.status, r.stderr).toBe(0);
      expect(j.incidents.map((i) => i.id)).toEqual(['phished-prompt', 'sandbox-escape']);
      expect(j.calls).toBeGreaterThan(0);
      expect(`${r.stdout}${r.stderr}`).not.toContain('nonroothome');
      expect(readdirSync(home)).toEqual(['.aws']);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
