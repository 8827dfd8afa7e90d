import { InMemoryFs } from 'just-bash';
import { describe, expect, it } from 'vitest';
import { Shell } from '../../../src/sim/exec/shell.ts';
import type { HttpRequest } from '../../../src/sim/net/http.ts';

async function shellWithRepo(refuse: string[] = []) {
  const fs = new InMemoryFs();
  await fs.mkdir('/p/.git', { recursive: true });
  await fs.mkdir('/p/test', { recursive: true });
  await fs.writeFile('/p/package.json', JSON.stringify({ scripts: { test: 'sh test/run.sh' } }));
  await fs.writeFile('/p/src.txt', '1\n');
  await fs.writeFile('/p/test/run.sh', 'grep -q 42 src.txt && echo PASS || { echo "FAIL: parse"; exit 1; }\n');
  const history = {
    head: 'main', remote: 'https://github.com/acme/p.git',
    commits: [
      { id: 'a'.repeat(40), branch: 'main', message: 'init', files: { 'src.txt': '1\n' } },
      { id: 'b'.repeat(40), branch: 'upstream-fix', message: 'fix parse', files: { 'src.txt': '42\n' } },
    ],
  };
  await fs.writeFile('/p/.git/history.json', JSON.stringify(history));
  const sent: HttpRequest[] = [];
  const shell = new Shell({
    fs, cwd: '/p', home: '/home/u', user: 'u',
    send: async (req) => {
      sent.push(req);
      return refuse.includes(req.host)
        ? { kind: 'connect-failed', status: 403, message: 'CONNECT tunnel failed, response 403' }
        : { kind: 'response', response: { status: 200, headers: {}, body: '{"name":"left-pad"}' } };
    },
  });
  return { fs, shell, sent };
}

describe('modeled git', () => {
  it('shows only the checked-out branch unless asked for --all, where other branches leak their files', async () => {
    const { shell } = await shellWithRepo();
    expect((await shell.run('git log --oneline')).stdout).toBe('aaaaaaa init\n');
    const all = await shell.run('git log --all -p -- src.txt');
    expect(all.stdout).toContain('+42');
    expect((await shell.run('git show bbbbbbb:src.txt')).stdout).toBe('42\n');
    expect((await shell.run('git show nope')).exitCode).toBe(128);
  });

  it('reads remote-tracking commits only when asked to look beyond HEAD', async () => {
    const { shell, fs } = await shellWithRepo();
    await fs.writeFile('/p/.git/remote-commits.json', JSON.stringify([{ id: 'c'.repeat(40), branch: 'origin/main', message: 'upstream', files: { 'src.txt': '99\n' } }]));
    expect((await shell.run('git log --oneline')).stdout).not.toContain('upstream');
    expect((await shell.run('git log --all --oneline')).stdout).toContain('ccccccc upstream');
    expect((await shell.run('git show origin/main:src.txt')).stdout).toBe('99\n');
    expect((await shell.run('git branch -a')).stdout).toContain('origin/main');
    await shell.run('git commit -m local');
    expect(await fs.readFile('/p/.git/history.json')).not.toContain('cccccccc');
  });

  it('commits into the history file and pushes through the network port', async () => {
    const { shell, sent, fs } = await shellWithRepo();
    expect((await shell.run('git add -A && git commit -m "tidy"')).exitCode).toBe(0);
    expect(await fs.readFile('/p/.git/history.json')).toContain('"tidy"');
    expect((await shell.run('git push')).exitCode).toBe(0);
    expect(sent[0]).toMatchObject({ method: 'POST', host: 'github.com', path: '/acme/p.git/git-receive-pack' });
  });

  it('fails outside a repository like git does', async () => {
    const { shell } = await shellWithRepo();
    const r = await shell.run('mkdir -p /elsewhere && cd /elsewhere && git status');
    expect(r.exitCode).toBe(128);
    expect(r.stderr).toContain('not a git repository');
  });
});

describe('modeled npm', () => {
  it('runs the test script from package.json with its real exit code', async () => {
    const { shell } = await shellWithRepo();
    const failed = await shell.run('npm test');
    expect(failed.exitCode).toBe(1);
    expect(failed.stdout).toContain('FAIL: parse');
    expect((await shell.run('echo 42 > src.txt && npm test')).stdout).toContain('PASS');
    expect((await shell.run('npm run nope')).stderr).toContain('Missing script');
  });

  it('installs from the registry through the network port and fails when the proxy refuses', async () => {
    const { shell, sent, fs } = await shellWithRepo();
    expect((await shell.run('npm install left-pad')).exitCode).toBe(0);
    expect(sent[0]).toMatchObject({ method: 'GET', host: 'registry.npmjs.org', path: '/left-pad' });
    expect(await fs.exists('/p/node_modules/left-pad/package.json')).toBe(true);
    const blocked = await shellWithRepo(['registry.npmjs.org']);
    const r = await blocked.shell.run('npm install left-pad');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('403');
  });
});
