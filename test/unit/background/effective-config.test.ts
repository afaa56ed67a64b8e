/**
 * The effective config merge: built-in + profile + policy + user packs, policy locks winning; a
 * broken policy pack is disabled and flagged, never refused; a bad rule is dropped alone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { computeEffectiveConfig, type ConfigInputs } from '../../../src/background/effective-config';
import { loadBuiltinPack } from '../../../src/cli/builtin-packs';
import { loadGuidanceTitles } from './guidance';
import { compileRuleSet } from '../../../src/packs/compile-rule-set';
import { analyze } from '../../../src/engine/analyze';
import { parsePolicy } from '../../../src/storage/policy-schema';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/storage/settings-schema';
import type { StoredPack } from '../../../src/storage/stored-packs';

const HOSPITAL = readFileSync('rules/templates/hospital-pack.json', 'utf8');
const builtin = loadBuiltinPack();
const guidance = loadGuidanceTitles();

const inputs = (over: Partial<ConfigInputs> = {}, settings: Partial<Settings> = {}): ConfigInputs => ({
  builtin,
  guidance,
  policy: parsePolicy({}),
  userPacks: [],
  settings: { ...DEFAULT_SETTINGS, ...settings },
  now: 1,
  ...over,
});
const stored = (text: string, key = 'mine'): StoredPack => ({ key, text, importedAt: 1, ok: true, issues: [] });
const run = (config: ReturnType<typeof computeEffectiveConfig>, text: string) =>
  analyze(text, compileRuleSet(config.packs, { overrides: config.overrides }), { surface: 'post', locale: 'zh' });

describe('effective config', { timeout: 30_000 }, () => {
  test('a fresh install: built-in pack only, warn mode, confirm on engine errors, examples stripped', () => {
    const config = computeEffectiveConfig(inputs());
    expect(config.mode).toBe('warn');
    expect(config.modeLocked).toBe(false);
    expect(config.onEngineError).toBe('confirm');
    expect(config.sources.map((s) => [s.origin, s.id, s.enabled])).toEqual([['builtin', 'core', true]]);
    expect(config.packs[0]!.rules.every((r) => r.examples.match.length === 0)).toBe(true);
    expect(Object.keys(config.packs[0]!.lists ?? {})).toContain('hospitals-zh');
  });

  test('the hint level travels from the settings to the content scripts', () => {
    expect(computeEffectiveConfig(inputs()).hints).toBe('identifiers');
    expect(computeEffectiveConfig(inputs({}, { hints: 'all' })).hints).toBe('all');
  });

  test('a policy mode is the default the user may change, unless the policy locks it', () => {
    expect(computeEffectiveConfig(inputs({ policy: parsePolicy({ mode: 'observe' }) })).mode).toBe('observe');
    expect(computeEffectiveConfig(inputs({ policy: parsePolicy({ mode: 'observe' }) }, { mode: 'enforce' })).mode).toBe('enforce');
    const locked = computeEffectiveConfig(inputs({ policy: parsePolicy({ mode: 'observe', lockMode: true }) }, { mode: 'enforce' }));
    expect([locked.mode, locked.modeLocked]).toEqual(['observe', true]);
  });

  test('a policy hospital pack adds its lists and rules (the template flags its MRN format)', () => {
    const config = computeEffectiveConfig(inputs({ policy: parsePolicy({ packs: [HOSPITAL] }) }));
    expect(config.sources[1]).toMatchObject({ origin: 'policy', id: 'example-hospital', enabled: true, issues: [] });
    expect(run(config, '住院号GY10012345那个患者').some((f) => f.rule === 'patient-identity/example-hospital-mrn')).toBe(true);
  });

  test('a policy pack that fails its schema is disabled and flagged with its path, never refused', () => {
    const broken = JSON.stringify({ ...JSON.parse(HOSPITAL), version: 3 });
    const config = computeEffectiveConfig(inputs({ policy: parsePolicy({ packs: [broken, 'not json'] }) }));
    const [first, second] = config.sources.filter((s) => s.origin === 'policy');
    expect(first).toMatchObject({ enabled: false, rules: 0 });
    expect(first!.issues[0]!.path).toBe('packs[0].version');
    expect(second!.enabled).toBe(false);
    expect(second!.issues[0]!.message).toMatch(/not valid JSON/);
    expect(config.packs).toHaveLength(1);
  });

  test('a policy pack rule whose example fails is dropped and flagged; the pack’s other rules run', () => {
    const pack = JSON.parse(HOSPITAL);
    const bad = { ...pack.rules[0], id: 'patient-identity/example-bad', examples: { ...pack.rules[0].examples, noMatch: [...pack.rules[0].examples.noMatch, { lang: 'zh', text: 'GY10000001' }] } };
    pack.rules.push(bad);
    const config = computeEffectiveConfig(inputs({ policy: parsePolicy({ packs: [pack] }) }));
    const source = config.sources.find((s) => s.origin === 'policy')!;
    expect(source).toMatchObject({ enabled: true, rules: 1 });
    expect(source.issues).toEqual([expect.objectContaining({ ruleId: 'patient-identity/example-bad', path: expect.stringMatching(/^packs\[0\]\.rules\[1\]\.examples\.noMatch/) })]);
  });

  test('user overrides apply; policy disabledRules and ruleOverrides win and are locked', () => {
    const config = computeEffectiveConfig(
      inputs({ policy: parsePolicy({ disabledRules: ['promotion/cure-claim'], ruleOverrides: { 'patient-identity/bed-number': { severity: 'block' } } }) }, {
        ruleOverrides: { 'patient-identity/bed-number': { enabled: false }, 'promotion/cure-claim': { enabled: true }, 'diagnosis/drug': { severity: 'info' } },
      }),
    );
    expect(config.overrides).toEqual({
      'patient-identity/bed-number': { severity: 'block' },
      'promotion/cure-claim': { enabled: false },
      'diagnosis/drug': { severity: 'info' },
    });
    expect(config.lockedRules).toEqual(['patient-identity/bed-number', 'promotion/cure-claim']);
  });

  test('the profile fills own-hospitals, so naming one’s own hospital beside a case is flagged', () => {
    const text = '今天我们广州市第一人民医院收了个3岁男孩';
    const without = run(computeEffectiveConfig(inputs()), text).filter((f) => f.category === 'self-identity');
    const withProfile = run(computeEffectiveConfig(inputs({}, { profile: { ownHospitals: ['广州市第一人民医院'], ownWards: [] } })), text).filter((f) => f.category === 'self-identity');
    expect(withProfile.length).toBeGreaterThan(without.length);
  });

  test('user packs: a broken one is flagged and kept out, a disabled one is listed, allowUserPacks=false ignores them', () => {
    const user = [stored('{"id": "x"'), stored(HOSPITAL, 'example-hospital')];
    const config = computeEffectiveConfig(inputs({ userPacks: user }));
    expect(config.sources.filter((s) => s.origin === 'user').map((s) => [s.id, s.enabled])).toEqual([['mine', false], ['example-hospital', true]]);
    const disabled = computeEffectiveConfig(inputs({ userPacks: user }, { disabledPacks: ['example-hospital'] }));
    expect(disabled.sources.at(-1)).toMatchObject({ id: 'example-hospital', enabled: false });
    const forbidden = computeEffectiveConfig(inputs({ userPacks: user, policy: parsePolicy({ allowUserPacks: false }) }));
    expect(forbidden.sources.some((s) => s.origin === 'user')).toBe(false);
  });
});
