#!/usr/bin/env node
// Entry for the part of `containment-lab verify` that runs inside the box (isolation.ts): loads the
// TypeScript worker through tsx, as bin.mjs does for the CLI.
import { tsImport } from 'tsx/esm/api';

const { runJob } = await tsImport('./inside.ts', import.meta.url);
process.exitCode = await runJob(process.argv[2]);
