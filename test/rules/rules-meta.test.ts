/**
 * What a rule author can forget (Refined GitHub's meta-test): the pack loads with regex safety
 * and known citations, each rule has two examples of each kind per language, files are canonical,
 * every category is covered in both languages, every shown rule speaks both UI languages, and the
 * hospital template loads on top of core.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRulesDir, loadBuiltinPack, readPackSources } from '../../src/cli/builtin-packs';
import { guidanceIds } from '../../src/cli/guidance-catalog';
import { recheckSafety } from '../../src/cli/recheck-safety';
import { CATEGORIES } from '../../src/engine/types';
import { compileRuleSet } from '../../src/packs/compile-rule-set';
import { loadPack } from '../../src/packs/load-pack';
import { ruleSchema } from '../../src/packs/schema';
import { verifyPack } from '../../src/packs/verify-pack';
import { builtin } from '../helpers/builtin';

const rulesDir = findRulesDir();
const { pack } = builtin();
const KEY_ORDER = Object.keys(ruleSchema.def.shape);

describe('the built-in pack', () => {
  it('loads with regex safety and known citation ids', () => {
    const loaded = loadBuiltinPack({ regexSafety: recheckSafety, knownGuidance: guidanceIds() });
    expect(loaded.issues).toEqual([]);
  }, 400_000);

  it('has at least 40 rules', () => {
    expect(pack.rules.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CATEGORIES)('covers %s in zh and en', (category) => {
    const langs = new Set(pack.rules.filter((r) => r.category === category && !r.signal).flatMap((r) => r.languages));
    expect([...langs].sort()).toEqual(['en', 'zh']);
  });

  it.each(pack.rules.map((r) => [r.id, r] as const))('%s has two match and two noMatch examples per language', (_id, rule) => {
    for (const lang of rule.languages) {
      expect(rule.examples.match.filter((e) => e.lang === lang).length, `${lang} match`).toBeGreaterThanOrEqual(2);
      expect(rule.examples.noMatch.filter((e) => e.lang === lang).length, `${lang} noMatch`).toBeGreaterThanOrEqual(2);
    }
  });

  // The card speaks the user's language, not the draft's: a zh-only rule still needs an English message.
  it.each(pack.rules.filter((r) => !r.signal).map((r) => [r.id, r] as const))('%s has a zh and an en message', (_id, rule) => {
    expect(Object.keys(rule.message).sort()).toEqual(['en', 'zh']);
  });

  it.each(readPackSources(rulesDir).rules.map((r) => [r.path] as const))('%s is canonical JSON', (path) => {
    const text = readFileSync(join(rulesDir, path), 'utf8');
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(text).toBe(`${JSON.stringify(data, null, 2)}\n`);
    const keys = Object.keys(data);
    expect(keys).toEqual(KEY_ORDER.filter((k) => keys.includes(k)));
  });

  it('hospital template loads on top of core and its examples pass', () => {
    const core = pack;
    const loaded = loadPack(readFileSync(join(rulesDir, 'templates', 'hospital-pack.json'), 'utf8'), {
      regexSafety: recheckSafety,
      knownGuidance: guidanceIds(),
      knownLists: Object.keys(core.lists ?? {}),
      takenIds: new Set(core.rules.map((r) => r.id)),
    });
    expect(loaded.issues).toEqual([]);
    expect(verifyPack(loaded.pack!, compileRuleSet([core, loaded.pack!]))).toEqual([]);
  });
});
