/**
 * The background on WXT's fake browser: the effective config is written from storage and policy,
 * a corrupt setting never costs the user their packs (I9), policy falls back to its last good
 * copy, imports are refused with paths, and the audit records metadata only.
 */
import { deliver, fakeBrowser, sendFromOwnExtension } from '../../helpers/fake-browser';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { createConfigService } from '../../../src/background/config-service';
import { registerHandlers } from '../../../src/background/handlers';
import { loadBuiltinPack } from '../../../src/cli/builtin-packs';
import { sendMessage, type RequestOf } from '../../../src/messaging/protocol';
import { readAudit, readEffectiveConfig, readSettings, readStoredPacks } from '../../../src/storage/items';
import { loadGuidanceTitles } from './guidance';

const HOSPITAL = readFileSync('rules/templates/hospital-pack.json', 'utf8');
const builtin = loadBuiltinPack();
const guidance = loadGuidanceTitles();
const NOW = 1_700_000_000_000;

let service: ReturnType<typeof createConfigService>;
beforeEach(() => {
  fakeBrowser.reset();
  sendFromOwnExtension();
  service = createConfigService({ builtin: () => builtin, guidance: () => guidance, now: () => NOW });
  registerHandlers(service, () => NOW);
});

// Each refresh verifies the hospital pack's examples against the whole built-in set: seconds on a busy machine.
describe('background configuration', { timeout: 30_000 }, () => {
  test('a corrupt settings value is repaired per field and never wipes the user’s packs', async () => {
    await fakeBrowser.storage.local.set({
      settings: { mode: 'enforce', profile: 'garbage', ruleOverrides: { 'diagnosis/drug': 7 } },
      packs: [{ key: 'example-hospital', text: HOSPITAL, importedAt: 1, ok: true, issues: [] }],
    });
    const config = await service.refresh();
    expect(config.mode).toBe('enforce');
    expect(config.sources.find((s) => s.origin === 'user')).toMatchObject({ id: 'example-hospital', enabled: true });
    expect((await readStoredPacks()).map((p) => p.text)).toEqual([HOSPITAL]);
    await sendMessage('setMode', { mode: 'observe' });
    expect(await readSettings()).toMatchObject({ mode: 'observe', profile: { ownHospitals: [], ownWards: [] } });
    expect(await readStoredPacks()).toHaveLength(1);
    expect((await readEffectiveConfig())!.mode).toBe('observe');
  });

  test('a user pack whose text no longer parses stays stored and is flagged, not deleted', async () => {
    await fakeBrowser.storage.local.set({ packs: [{ key: 'old', text: '{"id":"old","version":"1","name":{"en":"Old"},"rules":[],"severityy":1}', ok: true }] });
    const config = await service.refresh();
    expect(config.sources.at(-1)).toMatchObject({ origin: 'user', id: 'old', enabled: false });
    expect(config.sources.at(-1)!.issues[0]!.path).toBe('severityy');
    expect(await readStoredPacks()).toHaveLength(1);
  });

  test('the policy is read from storage.managed and cached; an unreadable policy uses the cache', async () => {
    await fakeBrowser.storage.managed.set({ mode: 'enforce', lockMode: true, packs: [HOSPITAL] });
    expect((await service.refresh()).modeLocked).toBe(true);
    const get = fakeBrowser.storage.managed.get;
    fakeBrowser.storage.managed.get = () => Promise.reject(new Error('IO error'));
    try {
      const config = await service.refresh();
      expect([config.mode, config.modeLocked]).toEqual(['enforce', true]);
      expect(config.sources.some((s) => s.origin === 'policy' && s.id === 'example-hospital')).toBe(true);
      expect(config.policyIssues[0]!.message).toMatch(/last good copy/);
    } finally {
      fakeBrowser.storage.managed.get = get;
    }
  });

  test('Firefox without any policy ("manifest not found") means no policy, not the cache', async () => {
    await fakeBrowser.storage.local.set({ policyCache: { mode: 'observe', lockMode: true } });
    const get = fakeBrowser.storage.managed.get;
    fakeBrowser.storage.managed.get = () => Promise.reject(new Error('Managed storage manifest not found'));
    try {
      const config = await service.refresh();
      expect([config.mode, config.modeLocked, config.policyIssues]).toEqual(['warn', false, []]);
    } finally {
      fakeBrowser.storage.managed.get = get;
    }
  });

  test('a locked mode cannot be changed by the user', async () => {
    await fakeBrowser.storage.managed.set({ mode: 'enforce', lockMode: true });
    await service.refresh();
    expect(await sendMessage('setMode', { mode: 'observe' })).toMatchObject({ ok: false });
    expect((await readEffectiveConfig())!.mode).toBe('enforce');
  });

  test('importPack refuses a broken pack with paths and stores a good one as its original text', async () => {
    await service.refresh();
    const bad = await sendMessage('importPack', { text: HOSPITAL.replace('"severity": "block"', '"serverity": "block"') });
    expect(bad.ok).toBe(false);
    expect(bad.issues.map((i) => i.path)).toContain('rules[0].serverity');
    expect(await readStoredPacks()).toEqual([]);
    const good = await sendMessage('importPack', { text: HOSPITAL });
    expect(good).toEqual({ ok: true, issues: [] });
    expect((await readStoredPacks())[0]!.text).toBe(HOSPITAL);
    expect((await readEffectiveConfig())!.sources.at(-1)).toMatchObject({ origin: 'user', id: 'example-hospital', enabled: true });
    await sendMessage('setPackEnabled', { key: 'example-hospital', enabled: false });
    expect((await readEffectiveConfig())!.sources.at(-1)).toMatchObject({ enabled: false });
    await sendMessage('removePack', { key: 'example-hospital' });
    expect(await readStoredPacks()).toEqual([]);
  });

  test('recordAction stores metadata with the background’s time; a malformed request is refused', async () => {
    await service.refresh();
    const action: RequestOf<'recordAction'> = { site: 'weibo.com', surface: 'dm', mode: 'enforce', action: 'posted-anyway', rules: ['patient-identity/bed-number'], severities: ['block'], reason: 'family consented' };
    expect(await sendMessage('recordAction', action)).toEqual({ ok: true });
    expect(await readAudit(NOW)).toEqual([{ ...action, time: NOW }]);
    const reply = await deliver({ clinguard: 'recordAction', data: { ...action, reason: 'x'.repeat(201) } }, { id: fakeBrowser.runtime.id });
    expect(reply).toMatchObject({ ok: false });
    // Another extension (or a page) gets no answer and changes nothing.
    expect(await deliver({ clinguard: 'recordAction', data: action }, { id: 'someone-else' })).toBeUndefined();
    expect(await readAudit(NOW)).toHaveLength(1);
  });
});
