/** A problem found in a pack, with the JSON path of the bad field and the rule it belongs to. */
export interface PackIssue {
  /** JSON path such as `rules[3].serverity`; empty for the document itself. */
  path: string;
  ruleId?: string;
  message: string;
}

/** `['rules', 3, 'detector', 'pattern']` → `rules[3].detector.pattern` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

export function formatIssue(issue: PackIssue): string {
  const where = [issue.path || '(pack)', issue.ruleId ? `(${issue.ruleId})` : ''].filter(Boolean).join(' ');
  return `${where}: ${issue.message}`;
}
