/**
 * `clinguard scan --jsonl [FILE…]`, exactly as CONTRACT.md says: one output line per input
 * line, in order; a bad line gets `{id, error}` and the run goes on; exit 1 if any line failed.
 */
import { analyze } from '../engine/analyze';
import type { RuleSet } from '../engine/rule-set';
import type { Finding } from '../engine/types';
import { nlpSignals } from '../detectors/nlp/compromise-signals';
import { inputLines, openInput } from './input-lines';
import { parseRecordLine } from './jsonl-record';

export interface ScanOptions {
  nlp: boolean;
  explain: boolean;
  locale?: 'zh' | 'en';
}

export async function scanJsonl(paths: readonly string[], ruleSet: RuleSet, options: ScanOptions, write: (line: string) => void): Promise<number> {
  let failed = false;
  for (const path of paths.length ? paths : ['-']) {
    for await (const line of inputLines(openInput(path))) {
      if ('text' in line && !line.text.trim()) continue;
      const out = 'error' in line ? { id: line.number, error: line.error } : scanLine(line.text, line.number, ruleSet, options);
      if ('error' in out) failed = true;
      write(JSON.stringify(out));
    }
  }
  return failed ? 1 : 0;
}

function scanLine(text: string, number: number, ruleSet: RuleSet, options: ScanOptions): { id: string | number; findings: Finding[] } | { id: string | number; error: string } {
  const parsed = parseRecordLine(text, number);
  if (!parsed.ok) return { id: parsed.id, error: parsed.error };
  const { record } = parsed;
  const locale = options.locale ?? record.lang;
  const findings = analyze(record.text, ruleSet, {
    surface: record.surface ?? 'post',
    ...(locale ? { locale } : {}),
    signals: options.nlp ? nlpSignals(record.text, ruleSet.nlpQueries) : [],
    explain: options.explain,
  });
  return { id: record.id, findings };
}
