// One contract, both backends: the agent must meet the same filesystem whichever one is active.
import { describe, expect, it, vi } from 'vitest';
import { Bash } from 'just-bash';
import type { WatchEvent } from '../../src/workspace/workspace.ts';
import { backends } from './backends.ts';

const world = {
  '/home/user/notes.txt': 'hello\n',
  '/home/user/docs/report.md': '# Report\n',
  '/home/user/docs/old/draft.md': 'draft',
  '/etc/hosts': '127.0.0.1 localhost\n',
};

describe.each(backends)('Workspace contract: $name', ({ make }) => {
  describe('read and write', () => {
    it('reads seeded files as text and as bytes', async () => {
      const ws = make(world);
      expect(await ws.readFile('/home/user/notes.txt')).toBe('hello\n');
      expect(await ws.readFileBuffer('/home/user/notes.txt')).toEqual(new TextEncoder().encode('hello\n'));
    });

    it('creates, overwrites and appends', async () => {
      const ws = make(world);
      await ws.writeFile('/home/user/new.txt', 'one');
      expect(await ws.readFile('/home/user/new.txt')).toBe('one');
      await ws.writeFile('/home/user/new.txt', 'two');
      await ws.appendFile('/home/user/new.txt', '+three');
      expect(await ws.readFile('/home/user/new.txt')).toBe('two+three');
      await ws.appendFile('/home/user/fresh.log', 'started');
      expect(await ws.readFile('/home/user/fresh.log')).toBe('started');
    });

    it('refuses writes a real filesystem refuses', async () => {
      const ws = make(world);
      await expect(ws.writeFile('/home/user/missing/x.txt', 'x')).rejects.toThrow(/^ENOENT: .*'\/home\/user\/missing\/x.txt'/);
      await expect(ws.writeFile('/home/user/notes.txt/x', 'x')).rejects.toThrow(/^ENOTDIR/);
      await expect(ws.writeFile('/home/user/docs', 'x')).rejects.toThrow(/^EISDIR/);
      expect(await ws.exists('/home/user/missing')).toBe(false);
    });

    it('normalizes paths and clamps .. at the world root', async () => {
      const ws = make(world);
      expect(await ws.readFile('/home/user/docs/../notes.txt')).toBe('hello\n');
      expect(await ws.readFile('/../../../home/./user/notes.txt')).toBe('hello\n');
      expect(ws.resolvePath('/home/user', '../../..//etc/hosts')).toBe('/etc/hosts');
    });
  });

  describe('binary data', () => {
    it('round-trips every byte value unchanged', async () => {
      const ws = make(world);
      const bytes = Uint8Array.from({ length: 256 }, (_, i) => (i * 7) % 256);
      await ws.writeFile('/home/user/blob.bin', bytes);
      expect(await ws.readFileBuffer('/home/user/blob.bin')).toEqual(bytes);
      expect((await ws.stat('/home/user/blob.bin')).size).toBe(256);
      expect(await ws.readFile('/home/user/blob.bin', 'hex')).toBe(Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(''));
    });

    it('honours text encodings on write and read', async () => {
      const ws = make(world);
      await ws.writeFile('/home/user/b64', 'aGVsbG8gd29ybGQ=', 'base64');
      expect(await ws.readFile('/home/user/b64')).toBe('hello world');
      expect(await ws.readFile('/home/user/b64', 'base64')).toBe('aGVsbG8gd29ybGQ=');
      await ws.writeFile('/home/user/accent.txt', 'café ✓');
      expect((await ws.stat('/home/user/accent.txt')).size).toBe(new TextEncoder().encode('café ✓').length);
      expect(await ws.readFile('/home/user/accent.txt', 'latin1')).toBe('caf\u00c3\u00a9 \u00e2\u009c\u0093');
    });

    it('seeds binary files as bytes', async () => {
      const ws = make({ '/data/key.bin': new Uint8Array([0, 1, 254, 255]) });
      expect(await ws.readFileBuffer('/data/key.bin')).toEqual(new Uint8Array([0, 1, 254, 255]));
    });
  });

  describe('directories', () => {
    it('mkdir creates one level and refuses the rest', async () => {
      const ws = make(world);
      await ws.mkdir('/home/user/projects');
      expect((await ws.stat('/home/user/projects')).isDirectory).toBe(true);
      await expect(ws.mkdir('/home/user/projects')).rejects.toThrow(/^EEXIST/);
      await expect(ws.mkdir('/home/user/a/b')).rejects.toThrow(/^ENOENT/);
      await expect(ws.mkdir('/home/user/notes.txt/sub')).rejects.toThrow(/^(ENOTDIR|ENOENT)/);
    });

    it('mkdir -p creates chains, accepts existing dirs, refuses files in the way', async () => {
      const ws = make(world);
      await ws.mkdir('/srv/app/data', { recursive: true });
      await ws.mkdir('/srv/app', { recursive: true });
      expect(await ws.readdir('/srv/app')).toEqual(['data']);
      await expect(ws.mkdir('/home/user/notes.txt/x', { recursive: true })).rejects.toThrow(/^ENOTDIR/);
      await expect(ws.mkdir('/home/user/notes.txt', { recursive: true })).rejects.toThrow(/^EEXIST/);
    });

    it('readdir lists sorted names with types and fails on missing paths and files', async () => {
      const ws = make(world);
      await ws.writeFile('/home/user/b.txt', '');
      await ws.writeFile('/home/user/a.txt', '');
      expect(await ws.readdir('/home/user')).toEqual(['a.txt', 'b.txt', 'docs', 'notes.txt']);
      const typed = await ws.readdirWithFileTypes?.('/home/user/docs');
      expect(typed?.map((e) => [e.name, e.isFile, e.isDirectory])).toEqual([['old', false, true], ['report.md', true, false]]);
      await expect(ws.readdir('/nope')).rejects.toThrow(/^ENOENT: .*'\/nope'/);
      await expect(ws.readdir('/home/user/notes.txt')).rejects.toThrow(/^ENOTDIR/);
    });

    it('stat tells files from directories', async () => {
      const ws = make(world);
      const dir = await ws.stat('/home/user/docs');
      const file = await ws.stat('/home/user/notes.txt');
      expect([dir.isDirectory, dir.isFile, file.isDirectory, file.isFile, file.size]).toEqual([true, false, false, true, 6]);
      expect((await ws.stat('/')).isDirectory).toBe(true);
    });
  });

  describe('rm', () => {
    it('removes files and whole trees, and honours force', async () => {
      const ws = make(world);
      await ws.rm('/home/user/notes.txt');
      expect(await ws.exists('/home/user/notes.txt')).toBe(false);
      await expect(ws.rm('/home/user/notes.txt')).rejects.toThrow(/^ENOENT/);
      await ws.rm('/home/user/notes.txt', { force: true });
      await ws.rm('/home/user/docs', { recursive: true });
      expect(await ws.readdir('/home/user')).toEqual([]);
    });

    it('refuses a non-empty directory without recursive but takes an empty one', async () => {
      const ws = make(world);
      await expect(ws.rm('/home/user/docs')).rejects.toThrow(/^ENOTEMPTY/);
      expect(await ws.exists('/home/user/docs/report.md')).toBe(true);
      await ws.mkdir('/home/user/empty');
      await ws.rm('/home/user/empty');
      expect(await ws.exists('/home/user/empty')).toBe(false);
    });
  });

  describe('rename (mv)', () => {
    it('moves files and directories with their contents', async () => {
      const ws = make(world);
      await ws.mv('/home/user/notes.txt', '/home/user/docs/notes.txt');
      expect(await ws.readFile('/home/user/docs/notes.txt')).toBe('hello\n');
      expect(await ws.exists('/home/user/notes.txt')).toBe(false);
      await ws.mv('/home/user/docs', '/home/user/archive');
      expect(await ws.readFile('/home/user/archive/old/draft.md')).toBe('draft');
      expect(await ws.exists('/home/user/docs')).toBe(false);
    });

    it('replaces an existing file', async () => {
      const ws = make(world);
      await ws.mv('/home/user/notes.txt', '/home/user/docs/report.md');
      expect(await ws.readFile('/home/user/docs/report.md')).toBe('hello\n');
    });

    it('fails like rename(2)', async () => {
      const ws = make(world);
      await expect(ws.mv('/home/user/ghost', '/home/user/x')).rejects.toThrow(/^ENOENT/);
      await expect(ws.mv('/home/user/notes.txt', '/nowhere/notes.txt')).rejects.toThrow(/^ENOENT/);
      await expect(ws.mv('/home/user/docs', '/home/user/docs/old/inner')).rejects.toThrow(/^EINVAL/);
      await expect(ws.mv('/home/user/notes.txt', '/home/user/docs')).rejects.toThrow(/^EISDIR/);
      await expect(ws.mv('/home/user/docs', '/home/user/notes.txt')).rejects.toThrow(/^ENOTDIR/);
      await ws.mkdir('/home/user/full');
      await ws.writeFile('/home/user/full/x', 'x');
      await expect(ws.mv('/home/user/docs', '/home/user/full')).rejects.toThrow(/^ENOTEMPTY/);
      expect(await ws.readFile('/home/user/notes.txt')).toBe('hello\n');
    });
  });

  describe('copy, modes, links', () => {
    it('cp copies files and, with recursive, trees', async () => {
      const ws = make(world);
      await ws.cp('/home/user/notes.txt', '/home/user/copy.txt');
      expect(await ws.readFile('/home/user/copy.txt')).toBe('hello\n');
      await expect(ws.cp('/home/user/docs', '/home/user/docs2')).rejects.toThrow(/^EISDIR/);
      await ws.cp('/home/user/docs', '/home/user/docs2', { recursive: true });
      expect(await ws.readFile('/home/user/docs2/old/draft.md')).toBe('draft');
    });

    it('chmod is visible in stat', async () => {
      const ws = make(world);
      await ws.chmod('/home/user/notes.txt', 0o600);
      expect((await ws.stat('/home/user/notes.txt')).mode & 0o777).toBe(0o600);
      await expect(ws.chmod('/nope', 0o600)).rejects.toThrow(/^ENOENT/);
    });

    it('symlinks resolve for reads and writes, and lstat/readlink/realpath see them', async () => {
      const ws = make(world);
      await ws.symlink('/home/user/docs', '/home/user/link');
      expect(await ws.readFile('/home/user/link/report.md')).toBe('# Report\n');
      await ws.writeFile('/home/user/link/via-link.txt', 'v');
      expect(await ws.readFile('/home/user/docs/via-link.txt')).toBe('v');
      expect((await ws.lstat('/home/user/link')).isSymbolicLink).toBe(true);
      expect((await ws.stat('/home/user/link')).isDirectory).toBe(true);
      expect(await ws.readlink('/home/user/link')).toBe('/home/user/docs');
      expect(await ws.realpath('/home/user/link/report.md')).toBe('/home/user/docs/report.md');
      expect(await ws.readdir('/home/user')).toContain('link');
      await expect(ws.symlink('/x', '/home/user/link')).rejects.toThrow(/^EEXIST/);
      await expect(ws.readlink('/home/user/notes.txt')).rejects.toThrow(/^EINVAL/);
      await ws.rm('/home/user/link');
      expect(await ws.exists('/home/user/docs/report.md')).toBe(true);
      expect(await ws.exists('/home/user/link')).toBe(false);
    });

    it('relative symlink targets resolve against the link directory', async () => {
      const ws = make(world);
      await ws.symlink('../etc/hosts', '/home/hosts-link');
      expect(await ws.readFile('/home/hosts-link')).toBe('127.0.0.1 localhost\n');
    });
  });

  describe('missing paths and errors', () => {
    it('names the world path in every error', async () => {
      const ws = make(world);
      const attempts = [
        ws.readFile('/secret/none'), ws.readFileBuffer('/secret/none'), ws.stat('/secret/none'),
        ws.lstat('/secret/none'), ws.readdir('/secret/none'), ws.rm('/secret/none'),
      ];
      for (const attempt of attempts) await expect(attempt).rejects.toThrow(/^ENOENT: no such file or directory, \w+ '\/secret\/none'$/);
      expect(await ws.exists('/secret/none')).toBe(false);
    });

    it('reading a directory is EISDIR', async () => {
      const ws = make(world);
      await expect(ws.readFile('/home/user/docs')).rejects.toThrow(/^EISDIR/);
    });
  });

  describe('watch', () => {
    function record(events: WatchEvent[]) {
      return (event: WatchEvent) => { events.push(event); };
    }

    it('reports creations, changes and removals below the watched path', async () => {
      const ws = make(world);
      const events: WatchEvent[] = [];
      const stop = ws.watch('/home/user', record(events));
      await ws.ready;
      await ws.writeFile('/home/user/created.txt', 'x');
      await vi.waitFor(() => expect(events).toContainEqual({ kind: 'rename', path: '/home/user/created.txt' }));
      await ws.writeFile('/home/user/docs/report.md', 'edited');
      await vi.waitFor(() => expect(events).toContainEqual({ kind: 'change', path: '/home/user/docs/report.md' }));
      await ws.rm('/home/user/notes.txt');
      await vi.waitFor(() => expect(events).toContainEqual({ kind: 'rename', path: '/home/user/notes.txt' }));
      stop();
      const seen = events.length;
      await ws.writeFile('/home/user/after-stop.txt', 'x');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(events.length).toBe(seen);
    });

    it('does not report changes outside the watched path', async () => {
      const ws = make(world);
      const events: WatchEvent[] = [];
      const stop = ws.watch('/home/user/docs', record(events));
      await ws.ready;
      await ws.writeFile('/etc/hosts', 'changed');
      await ws.writeFile('/home/user/docs/report.md', 'changed');
      await vi.waitFor(() => expect(events.length).toBeGreaterThan(0));
      expect(events.every((e) => e.path.startsWith('/home/user/docs'))).toBe(true);
      stop();
    });
  });

  describe('under the shell interpreter', () => {
    it('just-bash runs commands over the backend and the effects land in it', async () => {
      const ws = make(world);
      const bash = new Bash({ fs: ws, cwd: '/home/user' });
      const result = await bash.exec('mkdir -p out && echo written > out/f.txt && cat out/f.txt && ls && rm notes.txt');
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe('written\ndocs\nnotes.txt\nout\n');
      expect(await ws.readFile('/home/user/out/f.txt')).toBe('written\n');
      expect(await ws.exists('/home/user/notes.txt')).toBe(false);
      const failed = await bash.exec('cat /home/user/nope');
      expect(failed.stderr).toMatch(/nope: No such file or directory/);
      expect(failed.exitCode).not.toBe(0);
      // just-bash lets this one escape exec() as an exception; what matters is that, as on a real
      // filesystem, the missing directory is not invented.
      await bash.exec('echo x > /missing/dir/f').catch((error: unknown) => error);
      expect(await ws.exists('/missing')).toBe(false);
    });
  });
});
