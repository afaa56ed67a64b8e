/** The medical-word gates train-linear writes into the learned consult rules. */
import { describe, expect, it } from 'vitest';
import { MEDICAL_EN, MEDICAL_ZH } from '../../../scripts/linear/gates';
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
