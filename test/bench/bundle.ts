// Measures what the browser must download before first paint (the entry chunk and everything it
// imports statically) against the lazily loaded chunks and workers, gzip-compressed as served.
import { build, type Manifest } from 'vite';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkFigure {
  file: string;
  gzipBytes: number;
}

export interface BundleFigures {
  firstLoadJs: ChunkFigure[];
  firstLoadJsGzip: number;
  firstLoadCssGzip: number;
  lazy: ChunkFigure[];
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

export async function measureBundle(outDir = 'dist'): Promise<BundleFigures> {
  await build({ logLevel: 'silent', build: { manifest: true, outDir } });
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  const firstLoad = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || firstLoad.has(chunk.file)) return;
    firstLoad.add(chunk.file);
    chunk.css?.forEach((c) => css.add(c));
    chunk.imports?.forEach(visit);
  };
  entries.forEach(([key]) => visit(key));

  const allJs = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const figure = (file: string): ChunkFigure => ({ file, gzipBytes: gz(join(outDir, file)) });
  const firstLoadJs = [...firstLoad].filter((f) => f.endsWith('.js')).map(figure);
  const lazy = allJs.filter((f) => !firstLoad.has(f)).map(figure).sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    firstLoadJs,
    firstLoadJsGzip: firstLoadJs.reduce((sum, c) => sum + c.gzipBytes, 0),
    firstLoadCssGzip: [...css].reduce((sum, f) => sum + gz(join(outDir, f)), 0),
    lazy,
  };
}
