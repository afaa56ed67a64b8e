#!/usr/bin/env node
// Shim: runs the bundled CLI (built by `npm ci`'s postinstall or `npm run build:cli`).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/clinguard.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('clinguard: the CLI is not built yet; run `npm run build:cli` (or `npm ci`)\n');
  process.exit(2);
}
await import(bundle.href);
