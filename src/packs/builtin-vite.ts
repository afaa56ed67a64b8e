/**
 * The built-in pack inside the extension bundle. Vite inlines rules/ at build time, so the
 * extension reads no files at run time; the CLI reads the same files with node:fs
 * (src/cli/builtin-packs.ts). Both feed assemblePack, so they cannot disagree.
 *
 * Excluded from src/tsconfig.pure.json: `import.meta.glob` exists only under Vite.
 */
import { assemblePack, type PackSources } from './assemble-pack';
import type { LoadResult } from './load-pack';

const RULE_FILES = import.meta.glob<unknown>('/rules/core/**/*.json', { eager: true, import: 'default' });
const LIST_FILES = import.meta.glob<string>('/rules/lists/*.txt', { eager: true, query: '?raw', import: 'default' });
const MODEL_FILES = import.meta.glob<unknown>('/rules/models/*.json', { eager: true, import: 'default' });
const CONTEXT_FILES = import.meta.glob<unknown>('/rules/contexts/*.json', { eager: true, import: 'default' });

const PACK_META = '/rules/core/pack.json';

/** Glob keys are root-absolute ('/rules/core/x/y.json'); assemblePack wants 'core/x/y.json'. */
export function builtinSourcesFromGlob(
  ruleFiles: Readonly<Record<string, unknown>>,
  listFiles: Readonly<Record<string, string>>,
  modelFiles: Readonly<Record<string, unknown>> = {},
  contextFiles: Readonly<Record<string, unknown>> = {},
): PackSources {
  const rules = Object.entries(ruleFiles)
    .filter(([key]) => key !== PACK_META)
    .map(([key, data]) => ({ path: key.replace(/^\/rules\//, ''), data }));
  const lists = Object.entries(listFiles).map(([key, text]) => ({
    name: key.replace(/^.*\//, '').replace(/\.txt$/, ''),
    text,
  }));
  const named = (files: Readonly<Record<string, unknown>>) => Object.entries(files).map(([key, data]) => ({ name: key.replace(/^.*\//, '').replace(/\.json$/, ''), data }));
  return { meta: ruleFiles[PACK_META], rules, lists, models: named(modelFiles), contexts: named(contextFiles) };
}

/** No regex-safety checker here: recheck does not run in pages; the built-ins are checked in CI. */
export function loadBuiltinPackInBrowser(): LoadResult {
  return assemblePack(builtinSourcesFromGlob(RULE_FILES, LIST_FILES, MODEL_FILES, CONTEXT_FILES));
}

const GUIDANCE = import.meta.glob<{ citations: Record<string, { title: { zh: string; en: string } }> }>('/rules/guidance.json', {
  eager: true,
  import: 'default',
});

/** Citation id → localized title, for the card's "why" line (rules/guidance.json, inlined by Vite). */
export function builtinGuidanceTitles(): Record<string, { zh: string; en: string }> {
  const citations = GUIDANCE['/rules/guidance.json']?.citations ?? {};
  return Object.fromEntries(Object.entries(citations).map(([id, c]) => [id, c.title]));
}
