/** The gates train-linear writes into the learned rules: medical words (consult), clinical words (offensive), commercial cues (advert). */
import { describe, expect, it } from 'vitest';
import { CLINICAL_EN, CLINICAL_ZH, COMMERCIAL_EN, COMMERCIAL_ZH, MEDICAL_EN, MEDICAL_ZH } from '../../../scripts/linear/gates';
import { contextClauseSchema } from '../../../src/packs/schema';

describe.each([
  ['zh', MEDICAL_ZH],
  ['en', MEDICAL_EN],
] as const)('the %s gate', (lang, clause) => {
  it('is a valid require clause over the whole text', () => {
    expect(contextClauseSchema.safeParse(clause).success).toBe(true);
    expect(clause).toMatchObject({ effect: 'require', scope: 'text' });
  });

  it('lists each word once', () => {
    const words = clause[lang] ?? [];
    expect(words.length).toBeGreaterThan(50);
    expect(new Set(words).size).toBe(words.length);
  });
});

describe.each([
  ['zh', 'suppress', CLINICAL_ZH],
  ['en', 'suppress', CLINICAL_EN],
  ['zh', 'require', COMMERCIAL_ZH],
  ['en', 'require', COMMERCIAL_EN],
] as const)('the %s %s gate', (lang, effect, clause) => {
  it('is a valid clause over the whole text, each word once', () => {
    expect(contextClauseSchema.safeParse(clause).success).toBe(true);
    expect(clause).toMatchObject({ effect, scope: 'text' });
    const words = clause[lang] ?? [];
    expect(words.length).toBeGreaterThan(30);
    expect(new Set(words).size).toBe(words.length);
  });
});
