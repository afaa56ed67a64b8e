/** Reads the built-in pack from rules/ on disk (the CLI and the tests). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assemblePack, type PackSources } from '../packs/assemble-pack';
import type { LoadOptions, LoadResult } from '../packs/load-pack';

/** The project root: the nearest folder above `from` that holds rules/core/pack.json. */
export function findRulesDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'rules', 'core', 'pack.json'))) return join(dir, 'rules');
    if (dirname(dir) === dir) throw new Error('cannot find the rules/ folder of ClinGuard');
  }
}

export function readPackSources(rulesDir: string, packId = 'core'): PackSources {
  const packDir = join(rulesDir, packId);
  const rules = walk(packDir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('pack.json'))
    .map((file) => ({ path: relative(rulesDir, file).split('\\').join('/'), data: JSON.parse(readFileSync(file, 'utf8')) as unknown }));
  const listDir = join(rulesDir, 'lists');
  const lists = readdirSync(listDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(listDir, f), 'utf8') }));
  const meta: unknown = JSON.parse(readFileSync(join(packDir, 'pack.json'), 'utf8'));
  return { meta, rules, lists, models: readJsonDir(join(rulesDir, 'models')), contexts: readJsonDir(join(rulesDir, 'contexts')) };
}

export function loadBuiltinPack(options: LoadOptions = {}, rulesDir = findRulesDir()): LoadResult {
  return assemblePack(readPackSources(rulesDir), options);
}

/** rules/<dir>/<name>.json files as { name, data }; none when the folder is absent. */
function readJsonDir(dir: string): { name: string; data: unknown }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: f.replace(/\.json$/, ''), data: JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown }));
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
