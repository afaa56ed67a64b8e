/** `clinguard eval DIR`: contract scores of the loaded packs on a folder of corpus .jsonl files. */
import { existsSync } from 'node:fs';
import type { RuleSet } from '../engine/rule-set';
import { CliError } from './cli-error';
import { readCorpus } from './eval/corpus';
import { everydayFalsePositiveRate } from './eval/everyday';
import { formatReport } from './eval/format-report';
import { runCorpus } from './eval/run-corpus';
import { score } from './eval/score';

export function evalCommand(dir: string, ruleSet: RuleSet, nlp: boolean, write: (line: string) => void): number {
  if (!existsSync(dir)) throw new CliError(`${dir}: no such corpus folder`);
  const results = runCorpus(readCorpus(dir), ruleSet, { nlp });
  write(formatReport(`${dir}: ${results.length} records`, score(results)));
  for (const lang of ['zh', 'en'] as const) {
    const subset = results.filter((r) => r.record.lang === lang);
    if (subset.length) write(`macro-F1 (${lang}) ${score(subset).macroF1.toFixed(3)}`);
  }
  const everyday = everydayFalsePositiveRate(results);
  write(`everyday false-positive rate ${(everyday.rate * 100).toFixed(1)}% (${everyday.flagged}/${everyday.total})`);
  return 0;
}
