/** Readable messages for zod issues (zod/mini ships no locale, so its messages are bare). */
import type * as z from 'zod/mini';
import { formatPath, type PackIssue } from './pack-issue';

type ZodIssue = z.core.$ZodIssue;

export function schemaIssues(issues: readonly ZodIssue[], root: unknown): PackIssue[] {
  return issues.flatMap((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [null];
    return keys.map((key) => {
      const path = key === null ? issue.path : [...issue.path, key];
      const ruleId = ruleIdAt(root, path);
      return { path: formatPath(path), ...(ruleId ? { ruleId } : {}), message: describe(issue) };
    });
  });
}

function describe(issue: ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'unknown field (check its spelling against the pack format)';
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return issue.message !== 'Invalid input' ? issue.message : `does not match the required format`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)} item(s)` : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `allows at most ${String(issue.maximum)} item(s)` : `must be at most ${String(issue.maximum)}`;
    case 'invalid_union':
      return 'does not match any allowed shape (check `kind`)';
    default:
      return issue.message;
  }
}

/** The id of the rule a path points into, when the document has one there. */
export function ruleIdAt(root: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'rules' || typeof path[1] !== 'number') return undefined;
  const rules = (root as { rules?: unknown })?.rules;
  const rule = Array.isArray(rules) ? (rules[path[1]] as { id?: unknown } | undefined) : undefined;
  return typeof rule?.id === 'string' ? rule.id : undefined;
}
