import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, repairSettings } from '../../../src/storage/settings-schema';
import { repairStoredPacks } from '../../../src/storage/stored-packs';
import { pruneAudit, AUDIT_MAX_ENTRIES, type AuditEntry } from '../../../src/storage/audit-schema';

describe('settings repair', () => {
  test('a fresh install has no chosen mode (warn comes from the effective config) and empty profile', () => {
    expect(DEFAULT_SETTINGS).toEqual({ language: 'auto', hints: 'identifiers', profile: { ownHospitals: [], ownWards: [] }, ruleOverrides: {}, disabledPacks: [] });
  });

  test('one corrupt field falls back while the others survive', () => {
    const repaired = repairSettings({ mode: 'panic', language: 'zh', hints: 'some', profile: { ownHospitals: ['市一院'], ownWards: 7 }, disabledPacks: ['a'] });
    expect(repaired.mode).toBeUndefined();
    expect(repaired.hints).toBe('identifiers');
    expect(repaired.language).toBe('zh');
    expect(repaired.profile).toEqual({ ownHospitals: ['市一院'], ownWards: [] }); // each list is repaired alone
    expect(repaired.disabledPacks).toEqual(['a']);
  });

  test('a chosen hint level survives', () => {
    expect(repairSettings({ hints: 'none' }).hints).toBe('none');
  });

  test('a bad override entry is dropped alone', () => {
    const repaired = repairSettings({ mode: 'enforce', ruleOverrides: { 'diagnosis/a': { enabled: false }, 'diagnosis/b': { severity: 'fatal' }, 'diagnosis/c': 'off' } });
    expect(repaired.mode).toBe('enforce');
    expect(repaired.ruleOverrides).toEqual({ 'diagnosis/a': { enabled: false } });
  });

  test.each([null, 'garbage', 42, [], { mode: null }])('%j repairs to the defaults', (raw) => {
    expect(repairSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('stored packs repair', () => {
  test('keeps every entry with text, whatever its status fields hold; drops only entries without text', () => {
    const packs = repairStoredPacks([
      { key: 'a', text: '{"id":"a"}', ok: 'yes', issues: 'none' },
      { key: 'b' },
      'junk',
      { key: 'c', text: 'not even json', importedAt: 5, ok: false, issues: [{ path: '', message: 'not valid JSON' }] },
    ]);
    expect(packs.map((p) => p.key)).toEqual(['a', 'c']);
    expect(packs[0]).toMatchObject({ text: '{"id":"a"}', ok: false, issues: [] });
    expect(packs[1]!.issues).toEqual([{ path: '', message: 'not valid JSON' }]);
  });
});

describe('audit cap and retention', () => {
  const entry = (time: number): AuditEntry => ({ time, site: 'weibo.com', surface: 'dm', mode: 'warn', action: 'posted-anyway', rules: ['patient-identity/bed-number'], severities: ['block'] });
  const DAY = 86_400_000;

  test('drops entries older than the retention and invalid ones', () => {
    const now = 100 * DAY;
    const kept = pruneAudit([entry(now - 31 * DAY), entry(now - 29 * DAY), { time: now, text: 'draft' }, entry(now)], now, 30);
    expect(kept.map((e) => e.time)).toEqual([now - 29 * DAY, now]);
  });

  test(`keeps at most ${AUDIT_MAX_ENTRIES} entries, the newest`, () => {
    const now = 10 * DAY;
    const many = Array.from({ length: AUDIT_MAX_ENTRIES + 5 }, (_, i) => entry(now - 1000 + i));
    const kept = pruneAudit(many, now, 30);
    expect(kept).toHaveLength(AUDIT_MAX_ENTRIES);
    expect(kept.at(-1)!.time).toBe(many.at(-1)!.time);
    expect(kept[0]!.time).toBe(many[5]!.time);
  });

  test('a reason longer than 200 characters is not a valid entry', () => {
    expect(pruneAudit([{ ...entry(1), reason: 'x'.repeat(201) }], 1, 30)).toEqual([]);
  });
});
