/** The background's side of messaging/protocol.ts. */
import { handle } from '../messaging/protocol';
import { readEffectiveConfig, readStoredPacks } from '../storage/items';
import { appendAudit, clearAudit } from './audit';
import type { ConfigService } from './config-service';
import { tier2Host } from './tier2-host';
import { checkImport } from './user-packs';

export function registerHandlers(service: ConfigService, now: () => number) {
  const config = async () => (await readEffectiveConfig()) ?? (await service.refresh());
  let tier2: ReturnType<typeof tier2Host> | undefined;
  return handle({
    async recordAction(data) {
      await appendAudit({ ...data, time: now() }, (await config()).auditRetentionDays);
      return { ok: true };
    },
    async ensureConfig() {
      await config();
      return { ok: true };
    },
    async setMode({ mode }) {
      if ((await config()).modeLocked) return { ok: false, error: 'the mode is set by your organisation' };
      await service.updateSettings((s) => ({ ...s, mode }));
      return { ok: true };
    },
    async setProfile(profile) {
      await service.updateSettings((s) => ({ ...s, profile }));
      return { ok: true };
    },
    async setLanguage({ language }) {
      await service.updateSettings((s) => ({ ...s, language }));
      return { ok: true };
    },
    async setHints({ hints }) {
      await service.updateSettings((s) => ({ ...s, hints }));
      return { ok: true };
    },
    async importPack({ text }) {
      const current = await config();
      if (!current.allowUserPacks) return { ok: false, issues: [{ path: '', message: 'your organisation does not allow your own packs' }] };
      const checked = checkImport(text, current, await readStoredPacks());
      const pack = checked.pack;
      if (!pack) return { ok: false, issues: checked.issues };
      await service.updatePacks((packs) => [...packs.filter((p) => p.key !== pack.key), pack]);
      return { ok: true, issues: [] };
    },
    async removePack({ key }) {
      await service.updatePacks((packs) => packs.filter((p) => p.key !== key));
      return { ok: true };
    },
    async setPackEnabled({ key, enabled }) {
      await service.updateSettings((s) => ({ ...s, disabledPacks: enabled ? s.disabledPacks.filter((k) => k !== key) : [...new Set([...s.disabledPacks, key])] }));
      return { ok: true };
    },
    async nlpSignals(request) {
      tier2 ??= tier2Host();
      return { signals: await tier2(request) };
    },
    async clearAudit() {
      await clearAudit();
      return { ok: true };
    },
  });
}
