// Finds a real Chromium for the browser tests without a separate browser download:
// CHROMIUM_PATH first, then a system Chromium/Chrome, then the one shipped in @sparticuz/chromium.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

export interface ResolvedBrowser {
  path: string;
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

export async function resolveChromium(): Promise<ResolvedBrowser> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points at ${fromEnv}, which does not exist`);
    return { path: fromEnv, source: 'CHROMIUM_PATH' };
  }
  const system = SYSTEM_CANDIDATES.find((p) => existsSync(p));
  if (system) return { path: system, source: 'system' };
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    return { path: await sparticuz.executablePath(), source: '@sparticuz/chromium' };
  } catch (error) {
    throw new Error(
      'No Chromium found: set CHROMIUM_PATH, install Debian "chromium", or run npm install so ' +
        `@sparticuz/chromium is present (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

export async function launchBrowser(): Promise<Browser> {
  const { path } = await resolveChromium();
  return chromium.launch({ executablePath: path, headless: true, args: CHROMIUM_FLAGS });
}
