/**
 * Runs our engine and each peer over the same span records, timing each, so their entity-span
 * scores can sit in one table. Peers arrive already loaded (scripts/eval.ts loads them): this file
 * imports no peer package, only the Peer type.
 */
import type { EntityType } from '../../engine/types';
import type { RuleSet } from '../../engine/rule-set';
import type { Peer } from './peers/types';
import type { CorpusRecord } from './corpus';
import { runCorpus } from './run-corpus';
import type { SpanResult } from './score';

export const OURS = 'ClinGuard';

export interface SystemRun {
  name: string;
  /** Entity types the system is scored on; undefined for ours (every type). */
  supported?: ReadonlySet<EntityType>;
  results: SpanResult[];
  /** Wall time of detection over all records, in milliseconds, and the characters it read. */
  ms: number;
  chars: number;
  /** Records whose spans could not be derived from the system's output (scored as no spans). */
  failed: number;
}

/** Records with gold spans that list every occurrence of at least one type. */
export const spanRecords = (records: readonly CorpusRecord[]): CorpusRecord[] => records.filter((r) => (r.spans_complete?.length ?? 0) > 0);

const totalChars = (records: readonly CorpusRecord[]): number => records.reduce((n, r) => n + r.text.length, 0);
const WARM_UP = 10;

export function runOurs(records: readonly CorpusRecord[], ruleSet: RuleSet): SystemRun {
  runCorpus(records.slice(0, WARM_UP), ruleSet);
  const t0 = performance.now();
  const scored = runCorpus(records, ruleSet);
  const ms = performance.now() - t0;
  return { name: OURS, results: scored.map(({ record, findings }) => ({ record, spans: findings })), ms, chars: totalChars(records), failed: 0 };
}

export async function runPeer(peer: Peer, records: readonly CorpusRecord[], supported: ReadonlySet<EntityType>): Promise<SystemRun> {
  for (const r of records.slice(0, WARM_UP)) await peer.detect(r.text);
  const results: SpanResult[] = [];
  let failed = 0;
  const t0 = performance.now();
  for (const record of records) {
    const spans = await peer.detect(record.text);
    if (!spans) failed++;
    results.push({ record, spans: spans ?? [] });
  }
  return { name: peer.name, supported, results, ms: performance.now() - t0, chars: totalChars(records), failed };
}
