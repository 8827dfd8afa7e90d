// Builds the app once and serves it with `vite preview` (same COOP/COEP headers as production)
// for every browser test. The URL reaches the tests through vitest's provide/inject.
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { resolveChromium } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  // Fail loudly up front if no browser can be found, rather than in every test.
  const browser = await resolveChromium();
  console.log(`[e2e] Chromium from ${browser.source}: ${browser.path}`);
  // vitest sets NODE_ENV=test, which would make Vite produce a development build (React dev mode,
  // import.meta.env.PROD false). The browser tests must exercise what users get.
  const previousNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = previousNodeEnv;
  }
  server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a TCP address');
  project.provide('baseURL', `http://127.0.0.1:${address.port}`);
  return async () => {
    await server?.close();
  };
}
