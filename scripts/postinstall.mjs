// After `npm ci`: generate WXT's types and build the CLI bundle, so `npx clinguard` works at once.
import { execFileSync } from 'node:child_process';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'prepare']);
run(process.execPath, ['scripts/build-cli.mjs']);
