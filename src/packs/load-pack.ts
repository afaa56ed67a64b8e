/**
 * Loading a pack from text: JSON → schema → rule checks → regex safety → examples.
 * Returns every problem with its path and rule id and never throws (DESIGN.md §4).
 */
import { checkRules, type RuleCheckOptions } from './check-rules';
import type { PackIssue } from './pack-issue';
import { checkRegexSafety, type RegexSafetyChecker } from './regex-safety';
import { packSchema, type Pack } from './schema';
import { schemaIssues } from './schema-issues';

export interface LoadOptions extends RuleCheckOptions {
  /** recheck in the CLI, options page and tier-2 host; absent in the page (verdicts are cached). */
  regexSafety?: RegexSafetyChecker;
}

export type LoadResult = { ok: true; pack: Pack; issues: [] } | { ok: false; pack?: Pack; issues: PackIssue[] };

/** @example loadPack('{"id":"x"}').issues[0] // { path: 'version', message: 'expected string' } */
export function loadPack(source: string | unknown, options: LoadOptions = {}): LoadResult {
  let data: unknown = source;
  if (typeof source === 'string') {
    try {
      data = JSON.parse(source);
    } catch (error) {
      return { ok: false, issues: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] };
    }
  }
  const parsed = packSchema.safeParse(data);
  if (!parsed.success) return { ok: false, issues: schemaIssues(parsed.error.issues, data) };
  const pack = parsed.data;
  const issues = checkRules(pack, options);
  if (options.regexSafety && !issues.length) issues.push(...checkRegexSafety(pack, options.regexSafety));
  return issues.length ? { ok: false, pack, issues } : { ok: true, pack, issues: [] };
}
