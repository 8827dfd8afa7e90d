// Holds the fake wc.fs to the semantics it claims: the WebContainer fs API is modeled on Node's
// fs.promises (https://webcontainers.io/api#fs), so the same script run against node:fs in a temp
// directory and against the fake must give the same results and the same error codes.
import { mkdtemp, rm } from 'node:fs/promises';
import * as nodeFs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeWebContainerFs } from './fakeWebContainerFs.ts';

interface ScriptFs {
  readFile(path: string, encoding?: 'utf8'): Promise<unknown>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  mkdir(path: string, options?: { recursive?: boolean }): Promise<unknown>;
  readdir(path: string, options?: { withFileTypes?: boolean }): Promise<unknown[]>;
  rm(path: string, options?: { recursive?: boolean; force?: boolean }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  watch(path: string): { close(): void };
}

type Step = [label: string, run: (fs: ScriptFs) => Promise<unknown>];

const script: Step[] = [
  ['mkdir dir', (fs) => fs.mkdir('dir')],
  ['write file', (fs) => fs.writeFile('dir/a.txt', 'alpha')],
  ['read utf8', (fs) => fs.readFile('dir/a.txt', 'utf8')],
  ['read bytes', async (fs) => Array.from((await fs.readFile('dir/a.txt')) as Uint8Array)],
  ['write bytes', (fs) => fs.writeFile('dir/b.bin', new Uint8Array([0, 255, 10]))],
  ['read bytes back', async (fs) => Array.from((await fs.readFile('dir/b.bin')) as Uint8Array)],
  ['read missing', (fs) => fs.readFile('dir/none', 'utf8')],
  ['read a directory', (fs) => fs.readFile('dir', 'utf8')],
  ['write, parent missing', (fs) => fs.writeFile('nope/x', 'x')],
  ['write, parent is a file', (fs) => fs.writeFile('dir/a.txt/x', 'x')],
  ['write onto a directory', (fs) => fs.writeFile('dir', 'x')],
  ['mkdir existing', (fs) => fs.mkdir('dir')],
  ['mkdir existing file', (fs) => fs.mkdir('dir/a.txt')],
  ['mkdir, parent missing', (fs) => fs.mkdir('p/q')],
  ['mkdir -p new chain', (fs) => fs.mkdir('p/q/r', { recursive: true })],
  ['mkdir -p existing', (fs) => fs.mkdir('p/q', { recursive: true })],
  ['mkdir -p onto a file', (fs) => fs.mkdir('dir/a.txt', { recursive: true })],
  ['mkdir -p through a file', (fs) => fs.mkdir('dir/a.txt/z', { recursive: true })],
  ['readdir names', async (fs) => (await fs.readdir('dir')).map(String).sort()],
  ['readdir dirents', async (fs) => ((await fs.readdir('.', { withFileTypes: true })) as { name: string; isFile(): boolean; isDirectory(): boolean }[])
    .map((d) => `${d.name}:${d.isFile()}:${d.isDirectory()}`).sort()],
  ['readdir a file', (fs) => fs.readdir('dir/a.txt')],
  ['readdir missing', (fs) => fs.readdir('gone')],
  ['rm missing', (fs) => fs.rm('gone')],
  ['rm missing, force', (fs) => fs.rm('gone', { force: true })],
  ['rm dir without recursive', (fs) => fs.rm('p')],
  ['rename missing', (fs) => fs.rename('gone', 'x')],
  ['rename dir into itself', (fs) => fs.rename('p', 'p/q/r/s')],
  ['rename dir onto file', (fs) => fs.rename('p', 'dir/a.txt')],
  ['rename file onto dir', (fs) => fs.rename('dir/a.txt', 'p')],
  ['rename dir onto non-empty dir', (fs) => fs.rename('p', 'dir')],
  ['rename, target parent missing', (fs) => fs.rename('dir/a.txt', 'nope/a.txt')],
  ['rename file onto file', (fs) => fs.rename('dir/a.txt', 'dir/b.bin')],
  ['read renamed', (fs) => fs.readFile('dir/b.bin', 'utf8')],
  ['mkdir empty', (fs) => fs.mkdir('empty')],
  ['rename dir onto empty dir', (fs) => fs.rename('p', 'empty')],
  ['listing after renames', async (fs) => (await fs.readdir('.')).map(String).sort()],
  ['rm -r', (fs) => fs.rm('empty', { recursive: true })],
  ['watch missing', async (fs) => { fs.watch('gone').close(); }],
];

type Outcome = { ok: unknown } | { code: string };

async function runScript(fs: ScriptFs, root: string): Promise<Record<string, Outcome>> {
  const out: Record<string, Outcome> = {};
  for (const [label, run] of script) {
    try {
      const value = await run(fs);
      out[label] = { ok: typeof value === 'string' ? value.split(root).join('<root>') : value ?? null };
    } catch (error) {
      out[label] = { code: String((error as { code?: unknown }).code) };
    }
  }
  return out;
}

describe('fake wc.fs against node:fs', () => {
  let dir = '';
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'wcfake-')); });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('gives the same result or error code for every step of the script', async () => {
    const abs = (p: string) => join(dir, p);
    const real: ScriptFs = {
      readFile: (p, e) => nodeFs.promises.readFile(abs(p), e),
      writeFile: (p, d) => nodeFs.promises.writeFile(abs(p), d),
      mkdir: (p, o) => nodeFs.promises.mkdir(abs(p), o),
      readdir: (p, o) => nodeFs.promises.readdir(abs(p), o as { withFileTypes: true }),
      rm: (p, o) => nodeFs.promises.rm(abs(p), o),
      rename: (a, b) => nodeFs.promises.rename(abs(a), abs(b)),
      watch: (p) => nodeFs.watch(abs(p)),
    };
    const fake = new FakeWebContainerFs('/home/projects/lab');
    const expected = await runScript(real, dir);
    const actual = await runScript(fake as unknown as ScriptFs, fake.workdir);
    expect(actual).toEqual(expected);
    // Guard against a vacuous pass: the script must exercise both successes and failures.
    const codes = new Set(Object.values(expected).flatMap((o) => ('code' in o ? [o.code] : [])));
    expect([...codes].sort()).toEqual(['EEXIST', 'EINVAL', 'EISDIR', 'ENOENT', 'ENOTDIR', 'ENOTEMPTY', 'ERR_FS_EISDIR']);
  });
});
