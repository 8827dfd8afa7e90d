// Issue 13: the engine and the app know products through the registry (src/sim/products/), never by
// name. Outside the product modules and scenario data, no code compares against a product id.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const IDS = ['claude-ai', 'claude-code', 'cowork', 'devcontainer'];
const ID = `['"\`](?:${IDS.join('|')})['"\`]`;
/** A comparison, a switch case or a membership test on a product id. */
const BRANCH = new RegExp(`(?:[=!]==?\\s*${ID})|(?:${ID}\\s*[=!]==?)|(?:case\\s+${ID})|(?:\\.includes\\(\\s*${ID})`, 'g');
const EXEMPT = ['src/sim/products/', 'src/sim/scenarios/'];
/**
 * A config file's format is named like the product that reads it (`--format claude-code`): comparing a
 * `format` is about the file, not a branch on the product.
 */
const FORMAT_COMPARISON = new RegExp(`format\\s*[=!]==?\\s*${ID}`, 'g');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

export function productBranches(): { file: string; line: number; text: string }[] {
  const out: { file: string; line: number; text: string }[] = [];
  for (const file of [...files(join(ROOT, 'src', 'sim')), ...files(join(ROOT, 'src', 'app'))]) {
    const rel = relative(ROOT, file).replaceAll('\\', '/');
    if (EXEMPT.some((e) => rel.startsWith(e))) continue;
    readFileSync(file, 'utf8').split('\n').forEach((text, i) => {
      const branches = (text.match(BRANCH) ?? []).length;
      const formats = (text.match(FORMAT_COMPARISON) ?? []).length;
      if (branches > formats) out.push({ file: rel, line: i + 1, text: text.trim() });
    });
  }
  return out;
}

describe('product-name branches', () => {
  it('none outside the product modules and scenario data', () => {
    const found = productBranches();
    expect(found.map((f) => `${f.file}:${f.line}: ${f.text}`)).toEqual([]);
  });
});
