/**
 * Catastrophic-backtracking check for every pattern of a pack (invariant I7). The checker is
 * injected: `recheck` is 2.9 MB, so it lives in the CLI, tests and tier-2 host, not the page.
 */
import type { PackIssue } from './pack-issue';
import type { Pack } from './schema';

export interface RegexVerdict {
  safe: boolean;
  /** An input that makes the pattern slow, when one is known. */
  attack?: string;
  reason?: string;
}

export type RegexSafetyChecker = (pattern: string, flags: string) => RegexVerdict;

export function checkRegexSafety(pack: Pack, check: RegexSafetyChecker): PackIssue[] {
  const issues: PackIssue[] = [];
  pack.rules.forEach((rule, i) => {
    const patterns: [string, string, string | undefined][] = [];
    if (rule.detector.kind === 'regex') patterns.push(['.detector.pattern', rule.detector.pattern, rule.detector.flags]);
    rule.context?.forEach((c, j) => c.pattern && patterns.push([`.context[${j}].pattern`, c.pattern, c.flags]));
    for (const [field, pattern, flags] of patterns) {
      const verdict = check(pattern, `u${flags ?? ''}`.replace(/(.)(?=.*\1)/g, ''));
      if (!verdict.safe) {
        const attack = verdict.attack ? ` (slow on input like ${JSON.stringify(verdict.attack.slice(0, 60))})` : '';
        issues.push({ path: `rules[${i}]${field}`, ruleId: rule.id, message: `pattern can freeze the page: ${verdict.reason ?? 'catastrophic backtracking'}${attack}` });
      }
    }
  });
  return issues;
}
