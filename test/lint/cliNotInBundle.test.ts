// The CLI (and the verify harness under it, which spawns processes and reads the disk) is Node-only:
// nothing the browser bundle is built from may import src/cli, directly or through a dynamic import.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const CLI = join(SRC, 'cli');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === CLI || name === 'build' ? [] : files(path);
    return /\.(tsx?|mjs)$/.test(name) ? [path] : [];
  });
}

export function importsOfCli(): string[] {
  const out: string[] = [];
  for (const file of files(SRC)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
      const target = resolve(dirname(file), m[1] as string);
      if (target === CLI || target.startsWith(CLI + '/')) out.push(`${relative(SRC, file)} -> ${m[1]}`);
    }
  }
  return out;
}

describe('the CLI stays out of the browser bundle', () => {
  it('no app, worker, workspace, engine or lesson file imports src/cli', () => {
    expect(files(SRC).length).toBeGreaterThan(50);
    expect(importsOfCli()).toEqual([]);
  });
});
