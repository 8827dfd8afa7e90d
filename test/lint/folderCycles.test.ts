// Issue 13: the engine's folders form a layered graph. A folder of src/sim may import another only if
// that one does not (directly or through others) import it back; type-only imports count too, since a
// type cycle is a design cycle. src/sim/index.ts is the facade: it may import anything, and nothing
// inside may import it; another file at the top level (verdict.ts) counts as a folder of its own.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SIM = join(import.meta.dirname, '..', '..', 'src', 'sim');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The folder of src/sim a file belongs to: '.' for the facade (index.ts), a top-level module by its name. */
const folderOf = (file: string) => {
  const parts = relative(SIM, file).split(/[\\/]/);
  if (parts.length > 1) return parts[0] as string;
  return parts[0] === 'index.ts' ? '.' : (parts[0] as string).replace(/\.tsx?$/, '');
};

export function folderGraph(): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const file of files(SIM)) {
    const from = folderOf(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
      const target = resolve(dirname(file), m[1] as string);
      if (!target.startsWith(SIM)) continue;
      const to = folderOf(target);
      if (to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string[]>();
      edges.set(to, [...(edges.get(to) ?? []), relative(SIM, file)]);
      graph.set(from, edges);
    }
  }
  return graph;
}

/** Strongly connected components with more than one folder, each with the edges that close it. */
export function folderCycles(graph = folderGraph()): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop() as string;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe('src/sim folder graph', () => {
  it('has no cycles between folders', () => {
    const graph = folderGraph();
    const described = folderCycles(graph).map((scc) => scc.flatMap((a) => scc.filter((b) => graph.get(a)?.has(b)).map((b) => `${a} -> ${b} (${[...new Set(graph.get(a)?.get(b))].join(', ')})`)).join('; '));
    expect(described).toEqual([]);
  });

  it('keeps the facade on top: nothing inside imports src/sim/index.ts', () => {
    expect([...folderGraph().entries()].filter(([from, edges]) => from !== '.' && edges.has('.')).map(([from, edges]) => `${from}: ${edges.get('.')?.join(', ')}`)).toEqual([]);
  });
});
