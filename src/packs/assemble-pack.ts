/**
 * The built-in pack is authored one rule per file (rules/core/<category>/<slug>.json) with word
 * lists in rules/lists/<name>.txt, models in rules/models/<name>.json and shared context clauses in
 * rules/contexts/<name>.json; this joins them into one pack document. The file loader is the
 * caller's (node:fs in the CLI, import.meta.glob in the extension).
 */
import { loadPack, type LoadOptions, type LoadResult } from './load-pack';
import type { PackIssue } from './pack-issue';
import { expandSharedContexts, sharedContexts, type SharedContextSource } from './shared-contexts';

export interface PackSources {
  /** rules/<pack>/pack.json: id, version, name, description. */
  meta: unknown;
  /** Rule files with their path relative to rules/, e.g. `core/diagnosis/you-have.json`. */
  rules: readonly { path: string; data: unknown }[];
  lists: readonly { name: string; text: string }[];
  /** rules/models/<name>.json: models for `linear` detectors. */
  models?: readonly { name: string; data: unknown }[];
  /** rules/contexts/<name>.json: clauses rules name with `{ "use": "<name>" }`. */
  contexts?: readonly SharedContextSource[];
}

export function assemblePack(sources: PackSources, options: LoadOptions = {}): LoadResult {
  // Problems only the file layout shows (a rule in the wrong file, a bad shared clause), before the pack's own.
  const shared = sharedContexts(sources.contexts ?? []);
  const layout: PackIssue[] = [...shared.issues];
  const rules = [...sources.rules]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map(({ path, data }, i) => {
      const id = (data as { id?: unknown })?.id;
      const expected = path.replace(/^[^/]+\//, '').replace(/\.json$/, '');
      if (id !== expected) layout.push({ path: `rules[${i}].id`, ...(typeof id === 'string' ? { ruleId: id } : {}), message: `file ${path} must hold rule "${expected}"` });
      return expandSharedContexts(data, i, shared.clauses, layout);
    });
  const lists = Object.fromEntries(sources.lists.map(({ name, text }) => [name, parseList(text)]));
  const models = sources.models?.length ? { models: Object.fromEntries(sources.models.map(({ name, data }) => [name, data])) } : {};
  const result = loadPack({ ...(sources.meta as object), lists, ...models, rules }, options);
  return layout.length ? { ok: false, ...(result.pack ? { pack: result.pack } : {}), issues: [...layout, ...result.issues] } : result;
}

/** One entry per line; `#` lines are comments; a tab ends the entry (dictionary columns). */
export function parseList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.split('\t')[0]!.trim())
    .filter((line) => line && !line.startsWith('#'));
}
