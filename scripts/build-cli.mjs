// Bundles the CLI (src/cli/run.ts) into dist/cli/clinguard.mjs so `npx clinguard` needs no loader.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/run.ts'],
  outfile: 'dist/cli/clinguard.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // recheck ships a Scala.js bundle and optional native binaries; load it from node_modules.
  external: ['recheck'],
  banner: { js: "import { createRequire as __cgRequire } from 'node:module'; const require = __cgRequire(import.meta.url);" },
  logLevel: 'warning',
});
