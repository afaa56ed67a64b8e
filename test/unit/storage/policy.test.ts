import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePolicy, POLICY_KEYS } from '../../../src/storage/policy-schema';

describe('policy parsing', () => {
  test('valid keys apply', () => {
    const { policy, issues } = parsePolicy({ mode: 'enforce', lockMode: true, requireJustification: true, disabledRules: ['promotion/x'], auditRetentionDays: 7, onEngineError: 'allow' });
    expect(issues).toEqual([]);
    expect(policy).toEqual({ mode: 'enforce', lockMode: true, requireJustification: true, disabledRules: ['promotion/x'], auditRetentionDays: 7, onEngineError: 'allow' });
  });

  test('a bad key is ignored and named; the rest still apply', () => {
    const { policy, issues } = parsePolicy({ mode: 'strict', lockMode: true, auditRetentionDays: -1, modee: 'warn' });
    expect(policy).toEqual({ lockMode: true });
    expect(issues.map((i) => i.path).sort()).toEqual(['auditRetentionDays', 'mode', 'modee']);
  });

  test('packs may be JSON strings (Chrome) or objects (Firefox policies.json)', () => {
    const { policy, issues } = parsePolicy({ packs: ['{"id":"h"}', { id: 'h2' }] });
    expect(issues).toEqual([]);
    expect(policy.packs).toHaveLength(2);
  });

  test('no policy at all is an empty policy without issues', () => {
    expect(parsePolicy(undefined)).toEqual({ policy: {}, issues: [] });
    expect(parsePolicy({})).toEqual({ policy: {}, issues: [] });
  });

  test('public/managed_schema.json declares exactly the keys the schema reads', () => {
    const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as { type: string; properties: Record<string, unknown> };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });
});
