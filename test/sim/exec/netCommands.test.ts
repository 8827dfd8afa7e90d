import { gzipSync } from 'node:zlib';
import { InMemoryFs } from 'just-bash';
import { describe, expect, it } from 'vitest';
import { Shell } from '../../../src/sim/exec/shell.ts';
import type { Send } from '../../../src/sim/exec/netCommands.ts';
import type { HttpRequest } from '../../../src/sim/net/http.ts';

function shellWith(answer: (req: HttpRequest) => Awaited<ReturnType<Send>>) {
  const sent: HttpRequest[] = [];
  const fs = new InMemoryFs({ '/home/u/secret.txt': 'TOPSECRET', '/w/a.gz': new Uint8Array(gzipSync('zipped')) });
  const shell = new Shell({ fs, cwd: '/w', home: '/home/u', user: 'u', send: async (req) => { sent.push(req); return answer(req); } });
  return { shell, sent, fs };
}

const ok = (body: string) => () => ({ kind: 'response' as const, response: { status: 200, headers: {}, body } });

describe('network commands', () => {
  it('curl sends method, headers and a body read from a file or stdin', async () => {
    const { shell, sent } = shellWith(ok('fine'));
    const r = await shell.run('curl -s -X PUT -H "X-Key: k1" --data-binary @~/secret.txt https://a.example:8443/p?q=1');
    expect(r).toMatchObject({ stdout: 'fine', exitCode: 0 });
    expect(sent[0]).toMatchObject({ method: 'PUT', host: 'a.example', port: 8443, path: '/p?q=1', headers: { 'X-Key': 'k1' } });
    expect(new TextDecoder().decode(sent[0]?.body)).toBe('TOPSECRET');
    await shell.run('cat ~/secret.txt | curl -d @- https://b.example/');
    expect(sent[1]?.method).toBe('POST');
    expect(new TextDecoder().decode(sent[1]?.body)).toBe('TOPSECRET');
  });

  it('curl -F uploads a file as multipart and keeps binary bytes intact', async () => {
    const { shell, sent } = shellWith(ok(''));
    await shell.run('curl -F file=@a.gz https://up.example/');
    const body = sent[0]?.body ?? new Uint8Array();
    const gz = gzipSync('zipped');
    const text = Buffer.from(body).toString('latin1');
    expect(text).toContain('filename="a.gz"');
    expect(text).toContain(Buffer.from(gz).toString('latin1'));
  });

  it('reports a refused CONNECT and an unknown host with curl\'s exit codes', async () => {
    const refused = shellWith(() => ({ kind: 'connect-failed', status: 403, message: 'CONNECT tunnel failed, response 403' }));
    expect(await refused.shell.run('curl https://x.example/')).toMatchObject({ exitCode: 56, stderr: 'curl: (56) CONNECT tunnel failed, response 403\n' });
    const unknown = shellWith(() => ({ kind: 'connect-failed', status: 0, message: 'Could not resolve host: y.example' }));
    expect((await unknown.shell.run('curl https://y.example/')).exitCode).toBe(6);
  });

  it('wget saves to a file; anthropic-upload posts to the Files API with the key', async () => {
    const { shell, sent, fs } = shellWith(ok('page'));
    await shell.run('wget -q -O out.html https://c.example/index');
    expect(await fs.readFile('/w/out.html')).toBe('page');
    await shell.run('anthropic-upload ~/secret.txt --api-key sk-x');
    expect(sent[1]).toMatchObject({ method: 'POST', host: 'api.anthropic.com', path: '/v1/files', headers: { 'x-api-key': 'sk-x' } });
  });

  it('rejects bad input with a message naming it', async () => {
    const { shell } = shellWith(ok(''));
    expect((await shell.run('curl --frobnicate https://x/')).stderr).toMatch(/--frobnicate/);
    expect((await shell.run('curl ftp://x/')).stderr).toMatch(/unsupported protocol "ftp"/);
    expect((await shell.run('anthropic-upload')).stderr).toMatch(/usage/);
  });
});
