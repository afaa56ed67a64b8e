/** Reading corpus records (CONTRACT.md "Corpus record") from a folder of .jsonl files. */
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
