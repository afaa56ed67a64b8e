/** The installed version of a peer package, read from node_modules (some peers do not export package.json). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const packageVersion = (name: string): string =>
  (JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
