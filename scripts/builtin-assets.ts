/**
 * The built-in pack and citation titles as files in the extension (packs/core.json,
 * packs/guidance.json), assembled at build time from rules/ by the same code as the CLI. A broken
 * built-in pack fails the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRulesDir, loadBuiltinPack } from '../src/cli/builtin-packs';
import { formatIssue } from '../src/packs/pack-issue';

export function builtinAssets(): { relativeDest: string; contents: string }[] {
  const rulesDir = findRulesDir(process.cwd());
  const loaded = loadBuiltinPack({}, rulesDir);
  if (!loaded.ok) throw new Error(`the built-in pack does not load:\n${loaded.issues.map(formatIssue).join('\n')}`);
  const guidance = JSON.parse(readFileSync(join(rulesDir, 'guidance.json'), 'utf8')) as { citations: Record<string, { title: { zh: string; en: string } }> };
  const titles = Object.fromEntries(Object.entries(guidance.citations).map(([id, c]) => [id, c.title]));
  return [
    { relativeDest: 'packs/core.json', contents: JSON.stringify(loaded.pack) },
    { relativeDest: 'packs/guidance.json', contents: JSON.stringify(titles) },
  ];
}
