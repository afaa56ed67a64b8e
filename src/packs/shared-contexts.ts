/**
 * Shared context clauses of the built-in pack: a clause many rules use (who is speaking, a
 * clinician's own note) is written once in rules/contexts/<name>.json, and a rule's `context`
 * names it with `{ "use": "<name>" }`. Expanded before the pack is loaded, so the pack format and
 * every later stage see ordinary clauses; a bad clause or an unknown name is reported with its path.
 */
import type { PackIssue } from './pack-issue';
import { contextClauseSchema, type ContextClause } from './schema';
import { schemaIssues } from './schema-issues';

export interface SharedContextSource {
  name: string;
  data: unknown;
}

export function sharedContexts(sources: readonly SharedContextSource[]): { clauses: Map<string, ContextClause>; issues: PackIssue[] } {
  const clauses = new Map<string, ContextClause>();
  const issues: PackIssue[] = [];
  for (const { name, data } of sources) {
    const parsed = contextClauseSchema.safeParse(data);
    if (parsed.success) clauses.set(name, parsed.data);
    else issues.push(...schemaIssues(parsed.error.issues, data).map((issue) => ({ ...issue, path: `contexts.${name}${issue.path ? `.${issue.path}` : ''}` })));
  }
  return { clauses, issues };
}

/** The rule with each `{ "use": name }` replaced by a copy of the named clause; unknown names are reported. */
export function expandSharedContexts(rule: unknown, index: number, clauses: ReadonlyMap<string, ContextClause>, issues: PackIssue[]): unknown {
  const context = (rule as { context?: unknown } | null)?.context;
  if (!Array.isArray(context)) return rule;
  const ruleId = (rule as { id?: unknown }).id;
  const expanded = context.map((entry: unknown, c) => {
    const use = (entry as { use?: unknown } | null)?.use;
    if (use === undefined) return entry;
    const clause = typeof use === 'string' ? clauses.get(use) : undefined;
    if (clause && Object.keys(entry as object).length === 1) return JSON.parse(JSON.stringify(clause)) as ContextClause; // a copy: rules must not share arrays
    issues.push({
      path: `rules[${index}].context[${c}].use`,
      ...(typeof ruleId === 'string' ? { ruleId } : {}),
      message: clause ? '"use" stands alone: put other fields in the shared clause' : `unknown shared context "${String(use)}" (rules/contexts/<name>.json)`,
    });
    return entry;
  });
  return { ...(rule as object), context: expanded };
}
