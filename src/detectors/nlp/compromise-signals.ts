/**
 * Tier 2 for English: runs compromise match queries on the English runs of a text and returns
 * offsets only. Runs in the CLI process and, in the extension, in the tier-2 worker.
 */
import nlp from 'compromise';
import { languageRuns } from '../../engine/language';
import type { NlpSignal } from '../../engine/types';
import { trimSpan } from './trim-signal';

interface OffsetJson {
  offset: { start: number; length: number };
}

/** @example nlpSignals('Mr John Smith refused', ['#Person+']) // [{ start: 0, end: 13, query: '#Person+' }] */
export function nlpSignals(text: string, queries: readonly string[]): NlpSignal[] {
  if (!queries.length) return [];
  const signals: NlpSignal[] = [];
  for (const run of languageRuns(text).filter((r) => r.lang === 'en')) {
    const doc = nlp(text.slice(run.start, run.end));
    for (const query of queries) {
      for (const m of doc.match(query).json({ offset: true }) as OffsetJson[]) {
        const raw = run.start + m.offset.start;
        const { start, end } = trimSpan(text, raw, raw + m.offset.length);
        if (end > start) signals.push({ start, end, query });
      }
    }
  }
  return signals;
}
