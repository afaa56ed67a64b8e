/** Each broken pack is refused with the JSON path of the bad field and the rule id (issue #3). */
import { describe, expect, it } from 'vitest';
import { recheckSafety } from '../../../src/cli/recheck-safety';
import { compileRuleSet } from '../../../src/packs/compile-rule-set';
import { loadPack } from '../../../src/packs/load-pack';
import { verifyPack } from '../../../src/packs/verify-pack';
import { pack, rule } from '../../helpers/inline-pack';

const good = () =>
  rule({
    id: 'patient-identity/ward-bed',
    entity: 'record-number',
    languages: ['zh', 'en'],
    detector: { kind: 'regex', pattern: '\\d{1,3}床|\\bbed \\d{1,3}\\b', flags: 'i' },
    examples: {
      match: [
        { lang: 'zh', text: '昨晚[[3床]]发烧' },
        { lang: 'en', text: 'the lady in [[bed 12]]' },
      ],
      noMatch: [
        { lang: 'zh', text: '病区共有四十张床位' },
        { lang: 'en', text: 'eight hours in bed' },
      ],
    },
  });

function problems(doc: unknown) {
  const loaded = loadPack(JSON.stringify(doc), { regexSafety: recheckSafety });
  if (!loaded.ok) return loaded.issues;
  return verifyPack(loaded.pack, compileRuleSet([loaded.pack]));
}

describe('broken packs', () => {
  it('accept the good pack', () => {
    expect(problems(pack([good()]))).toEqual([]);
  });

  it('reject an unknown field such as "serverity"', () => {
    const typo = { ...good(), serverity: 'block' };
    expect(problems(pack([good(), { ...typo, id: 'patient-identity/other' }]))).toContainEqual({
      path: 'rules[1].serverity',
      ruleId: 'patient-identity/other',
      message: expect.stringContaining('unknown field'),
    });
  });

  it('reject a regex that does not compile', () => {
    const bad = { ...good(), detector: { kind: 'regex' as const, pattern: '(\\d+床' } };
    expect(problems(pack([bad]))).toEqual([
      { path: 'rules[0].detector.pattern', ruleId: 'patient-identity/ward-bed', message: expect.stringContaining('invalid regular expression') },
    ]);
  });

  it('reject a catastrophic regex with an attack string', () => {
    const bad = { ...good(), detector: { kind: 'regex' as const, pattern: '^(\\d+)+床$' } };
    const [issue] = problems(pack([bad]));
    expect(issue).toMatchObject({ path: 'rules[0].detector.pattern', ruleId: 'patient-identity/ward-bed' });
    expect(issue!.message).toMatch(/freeze the page.*slow on input like/);
  });

  it('reject an example that does not match', () => {
    const bad = good();
    bad.examples.match[1] = { lang: 'en', text: 'the lady in [[room 12]]' };
    expect(problems(pack([bad]))).toEqual([
      { path: 'rules[0].examples.match[1]', ruleId: 'patient-identity/ward-bed', message: 'expected the lady in [[room 12]] but got no finding' },
    ]);
  });

  it('reject a match example whose span is not exact', () => {
    const bad = good();
    bad.examples.match[0] = { lang: 'zh', text: '昨晚[[3床的]]发烧' };
    expect(problems(pack([bad]))[0]!.message).toBe('expected 昨晚[[3床的]]发烧 but got 昨晚[[3床]]的发烧 (warn)');
  });

  it('reject a noMatch example that fires', () => {
    const bad = good();
    bad.examples.noMatch[0] = { lang: 'zh', text: '买了2床被子' };
    expect(problems(pack([bad]))[0]).toMatchObject({ path: 'rules[0].examples.noMatch[0]', message: expect.stringContaining('should stay silent') });
  });

  it('reject a duplicate id', () => {
    expect(problems(pack([good(), good()]))).toEqual([
      { path: 'rules[1].id', ruleId: 'patient-identity/ward-bed', message: 'duplicate rule id: another rule already uses it' },
    ]);
  });

  it('reject a declared language without a message', () => {
    const bad = { ...good(), message: { zh: '床号能认出患者。' } };
    expect(problems(pack([bad]))).toEqual([
      { path: 'rules[0].message.en', ruleId: 'patient-identity/ward-bed', message: 'missing the en message for a declared language' },
    ]);
  });

  it('reject an id whose prefix is not its category', () => {
    const bad = { ...good(), category: 'quasi-identifier' as const };
    expect(problems(pack([bad]))[0]).toMatchObject({ path: 'rules[0].category', ruleId: 'patient-identity/ward-bed' });
  });

  it('reject an unknown validator, list and citation', () => {
    const bad = { ...good(), detector: { kind: 'regex' as const, pattern: '\\d床', validator: 'nope' } };
    const words = { ...good(), id: 'patient-identity/words', detector: { kind: 'keywords' as const, lists: ['missing-list'] } };
    const loaded = loadPack(pack([bad, words]), { knownGuidance: new Set(['PIPL-28']) });
    expect(loaded.issues.map((i) => i.path)).toEqual([
      'rules[0].detector.validator',
      'rules[0].guidance[0]',
      'rules[1].detector.lists[0]',
      'rules[1].guidance[0]',
    ]);
  });

  it('reject text that is not JSON, with one readable issue', () => {
    expect(loadPack('{"id": "x",').issues).toEqual([{ path: '', message: expect.stringMatching(/^not valid JSON/) }]);
  });

  it('name the field of a wrong enum value', () => {
    const bad = { ...good(), severity: 'critical' };
    expect(problems(pack([bad as never]))[0]).toEqual({ path: 'rules[0].severity', ruleId: 'patient-identity/ward-bed', message: 'expected one of: info, warn, block' });
  });
});
