/**
 * Builds the effective configuration (DESIGN.md §5 CONFIGURATION): built-in packs + the profile's
 * lists + policy packs + user packs, then overrides and enforcement, policy locks winning.
 * Pure: the caller reads storage and writes the result. Never throws and never refuses a policy
 * pack: a pack that fails its schema is disabled and flagged, a rule with problems (checks or its
 * own examples) is dropped and flagged, and the rest of the pack runs.
 */
import { compileRuleSet } from '../packs/compile-rule-set';
import { loadPack, type LoadResult } from '../packs/load-pack';
import type { PackIssue } from '../packs/pack-issue';
import type { Pack } from '../packs/schema';
import { verifyPack } from '../packs/verify-pack';
import { CONFIG_VERSION, type EffectiveConfig, type PackSource } from '../storage/effective-config-schema';
import { DEFAULT_RETENTION_DAYS } from '../storage/audit-schema';
import type { ParsedPolicy } from '../storage/policy-schema';
import type { Settings, StoredRuleOverride } from '../storage/settings-schema';
import type { StoredPack } from '../storage/stored-packs';
import { profilePack } from './profile-pack';

export interface ConfigInputs {
  builtin: LoadResult;
  guidance: Record<string, { zh: string; en: string }>;
  policy: ParsedPolicy;
  userPacks: readonly StoredPack[];
  settings: Settings;
  now: number;
}

export function computeEffectiveConfig(inputs: ConfigInputs): EffectiveConfig {
  const { policy } = inputs.policy;
  const sources: PackSource[] = [];
  const packs: Pack[] = [];
  const add = (origin: PackSource['origin'], id: string, pack: Pack | undefined, issues: PackIssue[]) => {
    sources.push({ origin, id: pack?.id ?? id, ...(pack ? { name: pack.name } : {}), enabled: !!pack, rules: pack?.rules.length ?? 0, issues });
    if (pack) packs.push(pack);
  };

  const builtin = inputs.builtin.pack ? keepGoodRules(inputs.builtin.pack, inputs.builtin.issues) : undefined;
  add('builtin', 'core', builtin, inputs.builtin.issues);
  const profile = profilePack(inputs.settings.profile);
  if (profile) add('profile', profile.id, profile, []);

  (policy.packs ?? []).forEach((source, i) => {
    const loaded = extendPack(source, packs, inputs.guidance);
    add('policy', `policy-pack-${i + 1}`, loaded.pack, loaded.issues.map((issue) => ({ ...issue, path: `packs[${i}]${issue.path ? `.${issue.path}` : ''}` })));
  });

  if (policy.allowUserPacks !== false) {
    for (const stored of inputs.userPacks) {
      if (inputs.settings.disabledPacks.includes(stored.key)) {
        sources.push({ origin: 'user', id: stored.key, ...(stored.name ? { name: stored.name } : {}), enabled: false, rules: 0, issues: [] });
        continue;
      }
      const loaded = extendPack(stored.text, packs, inputs.guidance);
      add('user', stored.key, loaded.pack, loaded.issues);
    }
  }

  const { overrides, lockedRules } = mergeOverrides(inputs.settings, inputs.policy, packs, sources);
  return {
    version: CONFIG_VERSION,
    computedAt: inputs.now,
    mode: policy.lockMode && policy.mode ? policy.mode : (inputs.settings.mode ?? policy.mode ?? 'warn'),
    modeLocked: !!(policy.lockMode && policy.mode),
    requireJustification: policy.requireJustification ?? false,
    onEngineError: policy.onEngineError ?? 'confirm',
    language: inputs.settings.language,
    hints: inputs.settings.hints,
    packs: packs.map(withoutExamples),
    overrides,
    lockedRules,
    guidance: inputs.guidance,
    sources,
    policyIssues: inputs.policy.issues,
    allowUserPacks: policy.allowUserPacks !== false,
    auditRetentionDays: policy.auditRetentionDays ?? DEFAULT_RETENTION_DAYS,
  };
}

/**
 * Loads a pack on top of those already accepted (their lists and ids are known) and verifies its
 * examples against the merged set. Returns the pack minus its failing rules, or no pack when the
 * document itself fails its schema.
 */
export function extendPack(source: unknown, before: readonly Pack[], guidance: Readonly<Record<string, unknown>>): LoadResult {
  const loaded = loadPack(source, {
    knownLists: before.flatMap((p) => Object.keys(p.lists ?? {})),
    knownModels: before.flatMap((p) => Object.keys(p.models ?? {})),
    knownGuidance: new Set(Object.keys(guidance)),
    takenIds: new Set(before.flatMap((p) => p.rules.map((r) => r.id))),
  });
  if (!loaded.pack) return loaded;
  const checked = keepGoodRules(loaded.pack, loaded.issues);
  let exampleIssues: PackIssue[] = [];
  try {
    exampleIssues = verifyPack(checked, compileRuleSet([...before, checked]));
  } catch (error) {
    exampleIssues = [{ path: '', message: `the pack's rules do not compile: ${(error as Error).message}` }];
    return { ok: false, issues: [...loaded.issues, ...exampleIssues] };
  }
  const pack = keepGoodRules(checked, exampleIssues);
  const issues = [...loaded.issues, ...exampleIssues];
  return issues.length ? { ok: false, pack, issues } : { ok: true, pack, issues: [] };
}

/** Drops the rules an issue names (by rule id), keeping the pack's other rules running. */
function keepGoodRules(pack: Pack, issues: readonly PackIssue[]): Pack {
  const bad = new Set(issues.flatMap((i) => (i.ruleId ? [i.ruleId] : [])));
  return bad.size ? { ...pack, rules: pack.rules.filter((r) => !bad.has(r.id)) } : pack;
}

function withoutExamples(pack: Pack): Pack {
  return { ...pack, rules: pack.rules.map((r) => ({ ...r, examples: { match: [], noMatch: [] } })) };
}

/** User overrides apply to built-in and user rules; policy packs are pinned and policy overrides win. */
function mergeOverrides(settings: Settings, parsed: ParsedPolicy, packs: readonly Pack[], sources: readonly PackSource[]) {
  const policyRules = new Set(
    packs.filter((p) => sources.some((s) => s.origin === 'policy' && s.enabled && s.id === p.id)).flatMap((p) => p.rules.map((r) => r.id)),
  );
  const overrides: Record<string, StoredRuleOverride> = {};
  for (const [id, override] of Object.entries(settings.ruleOverrides)) if (!policyRules.has(id)) overrides[id] = override;
  const locked = new Set<string>();
  for (const id of parsed.policy.disabledRules ?? []) {
    overrides[id] = { enabled: false };
    locked.add(id);
  }
  for (const [id, override] of Object.entries(parsed.policy.ruleOverrides ?? {})) {
    overrides[id] = override;
    locked.add(id);
  }
  return { overrides, lockedRules: [...locked].sort() };
}
