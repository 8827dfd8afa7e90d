import { describe, expect, it } from 'vitest';
import { compileSandbox, sandboxConnect, sandboxDelete, sandboxRead, sandboxWrite, type SandboxSettings, type WorldProbe } from '../../../src/sim/policy/sandbox.ts';

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
