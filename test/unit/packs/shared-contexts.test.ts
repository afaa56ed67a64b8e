/** Shared context clauses (rules/contexts/<name>.json, `{ "use": name }`): expanded before loading, bad ones reported with their path. */
import { describe, expect, test } from 'vitest';
import { assemblePack, type PackSources } from '../../../src/packs/assemble-pack';
import { rule } from '../../helpers/inline-pack';

const META = { id: 'core', version: '1', name: { en: 'Test' } };
const bed = (context: unknown[]) => ({
  ...rule({ id: 'patient-identity/bed', languages: ['zh'], detector: { kind: 'regex', pattern: '\\d+床' } }),
  context,
  examples: { match: [{ lang: 'zh', text: '[[3床]]' }], noMatch: [{ lang: 'zh', text: '三楼' }] },
});
const sources = (context: unknown[], contexts: PackSources['contexts']): PackSources => ({
  meta: META,
  rules: [{ path: 'core/patient-identity/bed.json', data: bed(context) }],
  lists: [],
  contexts,
});
const ASKED = { effect: 'suppress', zh: ['请问'], windowChars: 6 };

describe('shared context clauses', () => {
  test('a named clause is copied into every rule that uses it, beside its own clauses', () => {
    const own = { effect: 'boost', zh: ['患者'], windowChars: 10 };
    const loaded = assemblePack(sources([{ use: 'asked' }, own], [{ name: 'asked', data: ASKED }]));
    expect(loaded.issues).toEqual([]);
    expect(loaded.pack!.rules[0]!.context).toEqual([ASKED, own]);
  });

  test('an unknown name is reported at the rule field that uses it', () => {
    const loaded = assemblePack(sources([{ use: 'asekd' }], [{ name: 'asked', data: ASKED }]));
    expect(loaded.issues).toContainEqual({ path: 'rules[0].context[0].use', ruleId: 'patient-identity/bed', message: expect.stringContaining('unknown shared context "asekd"') });
  });

  test('"use" with other fields is refused: the clause is edited in one place', () => {
    const loaded = assemblePack(sources([{ use: 'asked', windowChars: 30 }], [{ name: 'asked', data: ASKED }]));
    expect(loaded.issues.map((i) => i.path)).toContain('rules[0].context[0].use');
  });

  test('a broken shared clause is reported with its own path', () => {
    const loaded = assemblePack(sources([{ use: 'asked' }], [{ name: 'asked', data: { ...ASKED, efect: 'suppress' } }]));
    expect(loaded.ok).toBe(false);
    expect(loaded.issues.map((i) => i.path)).toContain('contexts.asked.efect');
  });
});
