/**
 * `clinguard pack validate PACK.json` (schema, rule checks, regex safety) and
 * `clinguard pack test PACK.json` (the same, then every example). Exit 0 clean, 1 problems.
 */
import { compileRuleSet } from '../packs/compile-rule-set';
import { formatIssue, type PackIssue } from '../packs/pack-issue';
import { verifyPack } from '../packs/verify-pack';
import { nlpSignals } from '../detectors/nlp/compromise-signals';
import { builtinPack, loadExtraPack } from './load-rule-set';

export function packCommand(action: 'validate' | 'test', path: string, write: (line: string) => void): number {
  const core = builtinPack();
  const loaded = loadExtraPack(path, [core]);
  let issues: PackIssue[] = loaded.issues;
  let examples = 0;
  if (loaded.ok && action === 'test') {
    issues = verifyPack(loaded.pack, compileRuleSet([core, loaded.pack]), { signalsFor: nlpSignals });
    examples = loaded.pack.rules.reduce((n, r) => n + r.examples.match.length + r.examples.noMatch.length + (r.examples.falseAlarms?.length ?? 0), 0);
  }
  for (const issue of issues) write(`${path}: ${formatIssue(issue)}`);
  const rules = loaded.pack?.rules.length ?? 0;
  if (issues.length) write(`${path}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`);
  else write(`${path}: ok, ${rules} rule${rules === 1 ? '' : 's'}${action === 'test' ? `, ${examples} examples pass` : ''}`);
  return issues.length ? 1 : 0;
}
