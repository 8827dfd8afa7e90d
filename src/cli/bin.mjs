#!/usr/bin/env node
// Plain-JS entry for `npx containment-lab`: loads the TypeScript CLI through tsx's ESM API so a
// checkout needs no build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
