/** Runs the engine over corpus records exactly as `clinguard scan --jsonl` would. */
import { analyze } from '../../engine/analyze';
import type { RuleSet } from '../../engine/rule-set';
import { nlpSignals } from '../../detectors/nlp/compromise-signals';
import type { CorpusRecord } from './corpus';
import type { Scored } from './score';

export function runCorpus(records: readonly CorpusRecord[], ruleSet: RuleSet, options: { nlp?: boolean } = {}): Scored[] {
  return records.map((record) => ({
    record,
    findings: analyze(record.text, ruleSet, {
      surface: record.surface,
      locale: record.lang,
      signals: options.nlp === false ? [] : nlpSignals(record.text, ruleSet.nlpQueries),
    }),
  }));
}
