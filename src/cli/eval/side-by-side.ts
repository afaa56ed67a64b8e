/**
 * Runs our engine and each peer over the same span records, timing each, so their entity-span
 * scores can sit in one table. Peers arrive already loaded (scripts/eval.ts loads them): this file
 * imports no peer package, only the Peer type.
 */
import type { EntityType, Lang } from '../../engine/types';
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
  /** Languages it ran on; undefined: all. Its results hold only records in them. */
  languages?: readonly Lang[];
  results: SpanResult[];
  /** Time spent in this system's detection over all records, in milliseconds, and the characters it read. */
  ms: number;
  chars: number;
  /** Records whose spans could not be derived from the system's output (scored as no spans). */
  failed: number;
}

/** Records with gold spans that list every occurrence of at least one type. */
export const spanRecords = (records: readonly CorpusRecord[]): CorpusRecord[] => records.filter((r) => (r.spans_complete?.length ?? 0) > 0);

const WARM_UP = 10;

/**
 * Our engine and every peer over the same records. The systems take turns record by record, so
 * a busy machine slows them alike and the speed ratios stay fair even when absolute times do not.
 */
export async function runSideBySide(
  records: readonly CorpusRecord[],
  ruleSet: RuleSet,
  peers: readonly { peer: Peer; supported: ReadonlySet<EntityType> }[],
): Promise<SystemRun[]> {
  const runs: SystemRun[] = [
    { name: OURS, results: [], ms: 0, chars: 0, failed: 0 },
    ...peers.map(({ peer, supported }) => ({ name: peer.name, supported, languages: peer.languages, results: [], ms: 0, chars: 0, failed: 0 })),
  ];
  const runsOn = (run: SystemRun, record: CorpusRecord): boolean => !run.languages || run.languages.includes(record.lang);
  const detectors: ((text: string, record: CorpusRecord) => Promise<SpanResult['spans'] | null>)[] = [
    async (_text, record) => runCorpus([record], ruleSet)[0]!.findings,
    ...peers.map(({ peer }) => (text: string) => peer.detect(text)),
  ];
  for (const record of records.slice(0, WARM_UP)) for (const [k, detect] of detectors.entries()) if (runsOn(runs[k]!, record)) await detect(record.text, record);
  for (const record of records) {
    for (const [k, detect] of detectors.entries()) {
      if (!runsOn(runs[k]!, record)) continue;
      runs[k]!.chars += record.text.length;
      const t0 = performance.now();
      const spans = await detect(record.text, record);
      runs[k]!.ms += performance.now() - t0;
      if (!spans) runs[k]!.failed++;
      runs[k]!.results.push({ record, spans: spans ?? [] });
    }
  }
  return runs;
}
