/**
 * Invariant I10: one writer per key. Only src/background/ writes storage (src/storage/items.ts
 * defines the write functions); pages and the content script send messages instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));

const WRITES = /\.setValue\(|\bsetItem\(|\bsetItems\(|storage\.(local|sync|session)\.(set|remove|clear)\(|\.removeItem\(/;

test('only the background writes storage', () => {
  const writers = [...walk('src'), ...walk('entrypoints')]
    .map((f) => f.split('\\').join('/'))
    .filter((f) => !f.startsWith('src/background/') && f !== 'src/storage/items.ts')
    .filter((f) => WRITES.test(readFileSync(f, 'utf8')));
  expect(writers).toEqual([]);
});

test('the scan sees a write when there is one', () => {
  expect(WRITES.test(readFileSync('src/background/audit.ts', 'utf8'))).toBe(true);
});
