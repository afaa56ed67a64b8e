/** The fields added for rule authors stay strict: bad values and misplaced fields come back with their path. */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../src/packs/load-pack';
import { pack, rule } from '../../helpers/inline-pack';

const base = (extra: Partial<Parameters<typeof rule>[0]> = {}) =>
  rule({
    id: 'diagnosis/drug',
    detector: { kind: 'keywords', terms: ['ibuprofen'] },
    examples: { match: [{ lang: 'en', text: 'take [[ibuprofen]]' }], noMatch: [{ lang: 'en', text: 'rest' }] },
    ...extra,
  });
const issues = (doc: unknown) => {
  const loaded = loadPack(JSON.stringify(doc));
  return loaded.ok ? [] : loaded.issues;
};

describe('rule-author fields', () => {
  it('accept surfaces and levels on clauses and absent on combinations', () => {
    const combo = rule({
      id: 'diagnosis/stack',
      detector: { kind: 'combination', stack: ['dx-a', 'dx-b'], minDistinct: 2, windowChars: 20, absent: ['dx-general'] },
      examples: { match: [{ lang: 'en', text: '[[a b]]' }], noMatch: [{ lang: 'en', text: 'c' }] },
    });
    expect(issues(pack([base({ context: [{ effect: 'boost', en: ['you'], surfaces: ['dm'], levels: 2 }] }), combo]))).toEqual([]);
  });

  it('reject levels above 2 and an unknown surface with their path', () => {
    const bad = base({ context: [{ effect: 'boost', en: ['you'], levels: 3, surfaces: ['chat' as 'dm'] }] });
    const paths = issues(pack([bad])).map((i) => i.path);
    expect(paths).toContain('rules[0].context[0].levels');
    expect(paths).toContain('rules[0].context[0].surfaces[0]');
  });

  it('reject levels on an effect that does not move severity', () => {
    expect(issues(pack([base({ context: [{ effect: 'suppress', en: ['you'], levels: 2 }] })]))).toContainEqual(
      expect.objectContaining({ path: 'rules[0].context[0].levels', message: expect.stringContaining('only boost and dampen') }),
    );
  });

  it('reject a kind that is both stacked and absent, and unknown combination fields', () => {
    const both = rule({ id: 'diagnosis/stack', detector: { kind: 'combination', stack: ['dx-a', 'dx-b'], minDistinct: 2, windowChars: 20, absent: ['dx-a'] } });
    expect(issues(pack([both]))).toContainEqual(expect.objectContaining({ path: 'rules[0].detector.absent[0]' }));
    const typo = { ...both, detector: { ...both.detector, absnet: ['dx-c'] } };
    expect(issues(pack([typo]))).toContainEqual(expect.objectContaining({ path: 'rules[0].detector.absnet' }));
  });
});
