/**
 * The built-in pack on the held-out corpus (../shared/corpus/test, or $CLINGUARD_SHARED),
 * scored through the contract. Floors in floors.json only rise: a change that drops a
 * category's F1 or an entity's span recall/precision below them fails, and so does one that
 * pushes the everyday false-positive rate (warn or above, in a category judged false, on ordinary
 * posts) over its ceiling. Macro-F1 has a floor per language too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/cli/eval/corpus';
import { everydayFalsePositiveRate } from '../../src/cli/eval/everyday';
import { formatReport } from '../../src/cli/eval/format-report';
import { runCorpus } from '../../src/cli/eval/run-corpus';
import { score } from '../../src/cli/eval/score';
import { CATEGORIES, LANGS, type Lang } from '../../src/engine/types';
import { builtin } from '../helpers/builtin';

interface Floors {
  macroF1: number;
  /** Per language, so a gain in one cannot hide a loss in the other. */
  macroF1ByLang: Record<Lang, number>;
  categories: Record<string, { f1: number }>;
  entities: Record<string, { recall: number; precision: number }>;
  /** Highest share of everyday records (weibo_senti, tweets, news, SMS ham) flagged at warn+ in a category judged false. */
  everydayFalsePositiveRateMax: number;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const shared = process.env.CLINGUARD_SHARED ?? join(root, '..', 'shared');
const testDir = join(shared, 'corpus', 'test');
const floors = JSON.parse(readFileSync(new URL('floors.json', import.meta.url), 'utf8')) as Floors;

describe('corpus floors (test split)', () => {
  it('finds the corpus beside the project', () => {
    expect(existsSync(testDir), `no corpus at ${testDir}; set CLINGUARD_SHARED`).toBe(true);
  });

  const results = existsSync(testDir) ? runCorpus(readCorpus(testDir), builtin().ruleSet) : undefined;
  const report = results && score(results);
  if (report) console.log(formatReport('corpus test split', report));

  it('keeps macro-F1 at or above its floor', () => {
    expect(report!.macroF1).toBeGreaterThanOrEqual(floors.macroF1);
  });

  it.each(LANGS)('keeps the %s macro-F1 at or above its floor', (lang) => {
    expect(score(results!.filter((r) => r.record.lang === lang)).macroF1).toBeGreaterThanOrEqual(floors.macroF1ByLang[lang]);
  });

  it.each(CATEGORIES.filter((c) => floors.categories[c]))('keeps %s F1 at or above its floor', (category) => {
    expect(report!.categories[category].f1).toBeGreaterThanOrEqual(floors.categories[category]!.f1);
  });

  it.each(Object.keys(floors.entities))('keeps %s span recall and precision at or above their floors', (entity) => {
    const got = report!.entities[entity]!;
    expect(got.recall).toBeGreaterThanOrEqual(floors.entities[entity]!.recall);
    expect(got.precision).toBeGreaterThanOrEqual(floors.entities[entity]!.precision);
  });

  it('keeps the everyday false-positive rate at or below its ceiling', () => {
    expect(everydayFalsePositiveRate(results!).rate).toBeLessThanOrEqual(floors.everydayFalsePositiveRateMax);
  });
});
