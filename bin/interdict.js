#!/usr/bin/env node
// The installed entry point: the compiled CLI (built by `npm run build`, which `npm install` runs).
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('error CLI_NOT_BUILT: the compiled program is missing (dist/)\nhint: run "npm install" or "npm run build" in the package folder\n');
  process.exit(1);
}
await import(main.href);
