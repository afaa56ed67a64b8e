/**
 * The text sets the bench measures: the dev corpus (real posts, DMs, notes and articles) split by
 * language and length, so a regression that only hurts long Chinese notes still shows.
 */
import { join } from 'node:path';
import { readCorpus } from '../../src/cli/eval/corpus';
import type { Lang } from '../../src/engine/types';

export interface TextSet {
  name: string;
  lang: Lang;
  texts: string[];
  chars: number;
}

const LONG = 300;

export function benchSets(): TextSet[] {
  const shared = process.env.CLINGUARD_SHARED ?? join(process.cwd(), '..', 'shared');
  const records = readCorpus(join(shared, 'corpus', 'dev'));
  const set = (name: string, lang: Lang, long: boolean): TextSet => {
    const texts = records.filter((r) => r.lang === lang && r.text.length >= LONG === long).map((r) => r.text);
    return { name, lang, texts, chars: texts.reduce((n, t) => n + t.length, 0) };
  };
  return [set('short zh', 'zh', false), set('short en', 'en', false), set(`long zh (≥ ${LONG})`, 'zh', true), set(`long en (≥ ${LONG})`, 'en', true)];
}

/** ms for the whole set → ms per 1,000 characters. */
const per1k = (ms: number, set: TextSet): number => (ms / set.chars) * 1000;

/** A row's detail: two times over the same set, per 1,000 characters. */
export const versusPer1k = (ours: number, theirs: number, set: TextSet): string =>
  `${per1k(ours, set).toFixed(2)} vs ${per1k(theirs, set).toFixed(2)} ms per 1,000 chars`;
