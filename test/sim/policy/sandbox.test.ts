import { describe, expect, it } from 'vitest';
import { realPath } from '../../../src/sim/policy/paths.ts';
import { compileSandbox, sandboxConnect, sandboxDelete, sandboxNameShows, sandboxRead, sandboxWrite, type SandboxSettings, type WorldProbe } from '../../../src/sim/policy/sandbox.ts';

const ctx = { cwd: '/w/proj', home: '/w/home' };

function sb(fs: Partial<SandboxSettings['filesystem']>, net: Partial<SandboxSettings['network']> = {}, probe?: WorldProbe) {
  return compileSandbox({
    network: { allowedDomains: [], deniedDomains: [], ...net },
    filesystem: { denyRead: [], allowWrite: [], denyWrite: [], ...fs },
  }, probe === undefined ? ctx : { ...ctx, probe });
}

/** A tiny disk: every listed path exists, with the folders above it. */
function disk(files: string[], dirs: string[] = []): WorldProbe {
  const kinds = new Map<string, 'file' | 'dir'>();
  for (const d of ['/', ...dirs]) kinds.set(d, 'dir');
  for (const f of files) {
    kinds.set(f, 'file');
    for (let p = f.slice(0, f.lastIndexOf('/')); p !== ''; p = p.slice(0, p.lastIndexOf('/'))) kinds.set(p, 'dir');
  }
  return (p) => kinds.get(p);
}

describe('filesystem: reads', () => {
  it('reads are allowed by default', () => {
    expect(sandboxRead(sb({}), '/w/home/.aws/credentials').decision).toBe('allow');
  });

  it('a denied directory reads as missing, a denied file as permission denied', () => {
    const c = sb({ denyRead: ['~/.aws', '~/.ssh/id_rsa'] });
    expect(sandboxRead(c, '/w/home/.aws/credentials')).toMatchObject({ decision: 'deny', failure: 'ENOENT', layer: 'os-sandbox', rule: 'denyRead "~/.aws"' });
    expect(sandboxRead(c, '/w/home/.ssh/id_rsa', 'file')).toMatchObject({ decision: 'deny', failure: 'EACCES' });
    expect(sandboxRead(c, '/w/home/.aws', 'dir').reason).toMatch(/lists as empty/);
  });

  it('allowRead re-opens inside denyRead; a deeper denyRead inside it stays denied', () => {
    const c = sb({ denyRead: ['~', '~/pub/private'], allowRead: ['~/pub'] });
    expect(sandboxRead(c, '/w/home/pub/a.txt').decision).toBe('allow');
    expect(sandboxRead(c, '/w/home/pub/private/k.txt').failure).toBe('ENOENT');
    expect(sandboxRead(c, '/w/home/secret.txt').failure).toBe('ENOENT');
  });

  it('read globs: * within a segment, ** across, trailing /** is the folder', () => {
    const c = sb({ denyRead: ['~/.ssh/id_*', './**/*.pem', '~/.gnupg/**'] });
    expect(sandboxRead(c, '/w/home/.ssh/id_ed25519', 'file').failure).toBe('EACCES');
    expect(sandboxRead(c, '/w/home/.ssh/known_hosts').decision).toBe('allow');
    expect(sandboxRead(c, '/w/proj/a/b/c.pem', 'file').failure).toBe('EACCES');
    expect(sandboxRead(c, '/w/home/.gnupg/key').failure).toBe('ENOENT');
  });

  it('with a disk probe, a missing denyRead target has no effect', () => {
    const c = sb({ denyRead: ['~/.aws'] }, {}, disk(['/w/home/notes.txt']));
    expect(sandboxRead(c, '/w/home/.aws/credentials').decision).toBe('allow');
  });
});

describe('filesystem: writes', () => {
  it('writes are denied by default with a read-only file system', () => {
    expect(sandboxWrite(sb({}), '/w/proj/a.txt')).toMatchObject({ decision: 'deny', failure: 'EROFS', rule: null });
  });

  it('allowWrite opens a tree; `.`, bare names and ~ resolve against cwd and home', () => {
    const c = sb({ allowWrite: ['.', 'out', '~/.cache'] });
    expect(sandboxWrite(c, '/w/proj/src/a.ts').decision).toBe('allow');
    expect(sandboxWrite(c, '/w/home/.cache/x').decision).toBe('allow');
    expect(sandboxWrite(c, '/w/home/x').failure).toBe('EROFS');
  });

  it('denyWrite beats allowWrite inside a write root', () => {
    const c = sb({ allowWrite: ['.'], denyWrite: ['./config'] });
    expect(sandboxWrite(c, '/w/proj/config/app.json')).toMatchObject({ decision: 'deny', failure: 'EROFS', rule: 'denyWrite "./config"' });
  });

  it('the always-protected paths under cwd stay read-only inside allowWrite', () => {
    const c = sb({ allowWrite: ['.'] });
    for (const p of ['.bashrc', '.gitconfig', '.mcp.json', '.vscode/settings.json', '.idea/x', '.claude/commands/c.md', '.claude/agents/a.md', '.git/hooks/pre-commit', '.git/config']) {
      expect(sandboxWrite(c, `/w/proj/${p}`).decision, p).toBe('deny');
    }
    expect(sandboxWrite(c, '/w/proj/.claude/settings.json').decision).toBe('allow');
    expect(sandboxWrite(sb({ allowWrite: ['.'], allowGitConfig: true }), '/w/proj/.git/config').decision).toBe('allow');
  });

  it('with a disk probe: missing protected paths get placeholders, so a missing .claude blocks settings.json', () => {
    const c = sb({ allowWrite: ['.'] }, {}, disk(['/w/proj/a.txt']));
    expect(sandboxWrite(c, '/w/proj/.bashrc').failure).toBe('EACCES');
    expect(sandboxWrite(c, '/w/proj/.claude/settings.json').failure).toBe('EROFS');
    const withClaude = sb({ allowWrite: ['.'] }, {}, disk(['/w/proj/.claude/settings.json']));
    expect(sandboxWrite(withClaude, '/w/proj/.claude/settings.json').decision).toBe('allow');
  });

  it('globs in allowWrite are ignored on Linux', () => {
    const c = sb({ allowWrite: ['./build/*'] });
    expect(sandboxWrite(c, '/w/proj/build/x.js').failure).toBe('EROFS');
    expect(c.notes.join('\n')).toMatch(/glob/);
  });

  it('deleting a protected mount point reports busy, outside write roots read-only', () => {
    const c = sb({ allowWrite: ['.'], denyWrite: ['keep.txt'] }, {}, disk(['/w/proj/keep.txt', '/w/proj/other.txt', '/w/out/o.txt']));
    expect(sandboxDelete(c, '/w/proj/keep.txt').failure).toBe('EBUSY');
    expect(sandboxDelete(c, '/w/proj/other.txt').decision).toBe('allow');
    expect(sandboxDelete(c, '/w/out/o.txt').failure).toBe('EROFS');
  });
});

describe('network proxy', () => {
  it('deny before allow, wildcard depth, apex excluded, default deny', () => {
    const c = sb({}, { allowedDomains: ['*.example.com', 'example.org'], deniedDomains: ['bad.example.com'] });
    expect(sandboxConnect(c, 'a.b.example.com').decision).toBe('allow');
    expect(sandboxConnect(c, 'example.com')).toMatchObject({ decision: 'deny', failure: 'CONNECT_403' });
    expect(sandboxConnect(c, 'bad.example.com', 80)).toMatchObject({ decision: 'deny', failure: 'HTTP_403', rule: 'deniedDomains "bad.example.com"' });
    expect(sandboxConnect(c, 'evil.com', 443).reason).toMatch(/deny-by-default/);
  });

  it('canonicalizes shorthand IPs before matching the deny list', () => {
    const c = sb({}, { allowedDomains: ['example.com'], deniedDomains: ['169.254.169.254'] });
    expect(sandboxConnect(c, '2852039166', 80).rule).toBe('deniedDomains "169.254.169.254"');
  });
});

describe('filesystem: sandbox-runtime 0.0.83', () => {
  /** A disk with symlinks: probe follows them (as stat does), readlink reports them. */
  function world(files: string[], links: Record<string, string>, dirs: string[] = []) {
    const plain = disk(files, dirs);
    const readlink = (p: string) => links[p];
    const probe: WorldProbe = (p) => {
      const real = realPath(p, readlink);
      return real === null ? undefined : plain(real);
    };
    return { probe, readlink };
  }
  function sbw(fs: Partial<SandboxSettings['filesystem']>, w: ReturnType<typeof world>) {
    return compileSandbox({ network: { allowedDomains: [], deniedDomains: [] }, filesystem: { denyRead: [], allowWrite: [], denyWrite: [], ...fs } }, { ...ctx, ...w });
  }

  it('a denyWrite that holds a write root makes the root read-only (0.0.78 skipped it)', () => {
    const c = sb({ allowWrite: ['./sub/inner'], denyWrite: ['./sub'] }, {}, disk(['/w/proj/sub/inner/i.txt']));
    expect(sandboxWrite(c, '/w/proj/sub/inner/i.txt')).toMatchObject({ decision: 'deny', failure: 'EROFS', rule: 'denyWrite "./sub"' });
  });

  it('filesystem.disabled drops every rule, mandatory ones too; the network stays filtered', () => {
    const c = sb({ disabled: true, denyRead: ['~/.aws'], denyWrite: ['./a.txt'] });
    expect(sandboxRead(c, '/w/home/.aws/credentials').decision).toBe('allow');
    expect(sandboxWrite(c, '/w/proj/.git/hooks/pre-commit').decision).toBe('allow');
    expect(sandboxDelete(c, '/w/elsewhere/x').decision).toBe('allow');
    expect(sandboxConnect(c, 'example.com', 443).decision).toBe('deny');
  });

  it('an entry with brackets is also the name it spells, where that exists; literal entries are names only', () => {
    const d = disk(['/w/proj/[WIP] d/n.md', '/w/proj/W d/w.md', '/w/proj/a[b].txt', '/w/proj/ab.txt']);
    const c = sb({ allowWrite: ['./[WIP] d', './build[2]'], denyRead: ['./a[b].txt'] }, {}, d);
    expect(sandboxWrite(c, '/w/proj/[WIP] d/n.md').decision).toBe('allow');
    expect(sandboxWrite(c, '/w/proj/W d/w.md').failure).toBe('EROFS');
    expect(sandboxRead(c, '/w/proj/a[b].txt', 'file').failure).toBe('EACCES');
    expect(sandboxRead(c, '/w/proj/ab.txt', 'file').failure).toBe('EACCES');
    const lit = sb({ literal: { denyRead: ['./a[b].txt'] } }, {}, d);
    expect(sandboxRead(lit, '/w/proj/a[b].txt', 'file').failure).toBe('EACCES');
    expect(sandboxRead(lit, '/w/proj/ab.txt', 'file').decision).toBe('allow');
  });

  it('nested repositories: HEAD protects hooks, missing ones get a placeholder; editor folders one level down', () => {
    const c = sb({ allowWrite: ['.'] }, {}, disk(['/w/proj/sub/.git/HEAD', '/w/proj/v/.git/hooks/h', '/w/proj/a/b/.git/HEAD', '/w/proj/sub/.claude/commands/c.md']));
    expect(sandboxWrite(c, '/w/proj/sub/.git/hooks/pre-commit').failure).toBe('ENOTDIR');
    expect(sandboxWrite(c, '/w/proj/sub/.git/hooks').failure).toBe('EACCES');
    expect(sandboxWrite(c, '/w/proj/v/.git/hooks/h').failure).toBe('EROFS');
    expect(sandboxWrite(c, '/w/proj/sub/.claude/commands/c.md').failure).toBe('EROFS');
    expect(sandboxWrite(c, '/w/proj/sub/.git/HEAD').decision).toBe('allow');
    expect(sandboxWrite(c, '/w/proj/a/b/.git/hooks/x').decision).toBe('allow');
  });

  it('a worktree: the cwd .git is a file, protected itself', () => {
    const c = sb({ allowWrite: ['.'] }, {}, disk(['/w/proj/.git', '/w/proj/a.txt']));
    expect(sandboxWrite(c, '/w/proj/.git').failure).toBe('EROFS');
    expect(sandboxDelete(c, '/w/proj/.git').failure).toBe('EBUSY');
  });

  it('symlinks: a symlinked allowWrite is skipped; writes follow links; denies land on the target', () => {
    const w = world(['/w/outside/dir/o.txt', '/w/proj/config.json', '/w/proj/dotfiles/rc'],
      { '/w/proj/out': '../outside/dir', '/w/proj/cfg': 'config.json', '/w/proj/.bashrc': 'dotfiles/rc' });
    const skipped = sbw({ allowWrite: ['./out'] }, w);
    expect(sandboxWrite(skipped, '/w/proj/out/o.txt').failure).toBe('EROFS');
    expect(skipped.notes.join('\n')).toMatch(/symlink/);
    const c = sbw({ allowWrite: ['.'], denyWrite: ['./cfg'] }, w);
    expect(sandboxWrite(c, '/w/proj/out/new.txt').failure).toBe('EROFS');
    expect(sandboxWrite(c, '/w/proj/config.json')).toMatchObject({ failure: 'EROFS', rule: 'denyWrite "./cfg"' });
    expect(sandboxWrite(c, '/w/proj/dotfiles/rc').failure).toBe('EROFS');
    expect(sandboxDelete(c, '/w/proj/out').decision).toBe('allow');
  });

  it('symlinks: a denyRead entry hides its target under every name', () => {
    const w = world(['/w/outside/secret.txt', '/w/outside/cfg/c.txt'], { '/w/home/s': '../outside/secret.txt', '/w/home/cfg': '../outside/cfg', '/w/proj/also': '../outside/cfg' }, ['/w/home', '/w/proj']);
    const c = sbw({ denyRead: ['~/s', '~/cfg'] }, w);
    expect(sandboxRead(c, '/w/outside/secret.txt', 'file').failure).toBe('EACCES');
    expect(sandboxRead(c, '/w/proj/also/c.txt').failure).toBe('ENOENT');
    // The link itself still shows where its folder does; inside a denied folder it is hidden too.
    expect(sandboxNameShows(c, '/w/proj/also')).toBe(true);
    expect(sandboxNameShows(sbw({ denyRead: ['~'] }, w), '/w/home/cfg')).toBe(false);
  });
});
