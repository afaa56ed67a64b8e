/** Reading corpus records (CONTRACT.md "Corpus record") from a folder of .jsonl files. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Category, EntityType, Lang, Surface } from '../../engine/types';

export interface GoldSpan {
  start: number;
  end: number;
  entity: EntityType;
}

export interface CorpusRecord {
  id: string;
  lang: Lang;
  surface: Surface;
  text: string;
  expect: Partial<Record<Category, boolean>>;
  spans?: GoldSpan[];
  spans_complete?: EntityType[];
  benign_spans?: GoldSpan[];
  source: string;
  licence: string;
}

/**
 * Half a of dev or half b, from a hash of the id (independent of the dev/test split). Rule writers
 * read errors on a and check on b; `npm run train` sets thresholds on b, the half they did not read.
 */
export const devFold = (record: CorpusRecord): 'a' | 'b' => (createHash('sha256').update(`fold:${record.id}`).digest()[0]! % 2 === 0 ? 'a' : 'b');

/** The file a record came from: `toyhom_zh-0001` → `toyhom_zh`. */
export const recordFile = (record: CorpusRecord): string => record.id.replace(/-\d+$/, '');

export function readCorpus(dir: string): CorpusRecord[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as CorpusRecord),
    );
}
