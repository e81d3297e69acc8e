#!/usr/bin/env node
// Entry point for `npx newsgraph`: runs the compiled CLI (built by `npm install` through `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(main)) {
  process.stderr.write('newsgraph: the CLI is not built yet; run `npm run build` (or `npm install`) first.\n');
  process.exit(2);
}
const { runCli } = await import(main);
process.exitCode = await runCli(process.argv.slice(2));
