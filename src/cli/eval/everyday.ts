/** False-positive rate on the everyday sets: ordinary posts, tweets, news and SMS between friends. */
import { CATEGORIES } from '../../engine/types';
import { recordFile } from './corpus';
import { flags, type Scored } from './score';

const EVERYDAY_FILES = new Set(['weibo_senti_zh', 'tweets_en', 'thucnews_zh', 'agnews_en', 'sms_spam_en']);

/** Everyday records that should raise nothing: every judged category false (SMS ham, not spam). */
export function everydayRecords(results: readonly Scored[]): Scored[] {
  return results.filter(({ record }) => EVERYDAY_FILES.has(recordFile(record)) && CATEGORIES.every((c) => record.expect[c] !== true));
}

/**
 * Everyday records flagged in a category their labels judge false. A flag in a category left
 * unjudged (a game-event press release for promotion, "idiots" in a tweet) is not an error by the
 * corpus's own labels, so it is not counted.
 */
export function everydayFalsePositiveRate(results: readonly Scored[]): { flagged: number; total: number; rate: number } {
  const everyday = everydayRecords(results);
  const flagged = everyday.filter(({ record, findings }) => CATEGORIES.some((c) => record.expect[c] === false && flags(findings, c))).length;
  return { flagged, total: everyday.length, rate: everyday.length ? flagged / everyday.length : 0 };
}
