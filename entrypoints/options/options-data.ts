/** The options page's reads (storage, read-only) and writes (messages to the background, the sole writer). */
import { storage } from 'wxt/utils/storage';
import { sendMessage } from '../../src/messaging/protocol';
import { readAudit, readEffectiveConfig, readSettings } from '../../src/storage/items';
import type { OptionsActions, OptionsData } from '../../src/ui/options/types';

export async function loadOptionsData(): Promise<OptionsData | null> {
  await sendMessage('ensureConfig', {}).catch(() => undefined);
  const [config, settings] = await Promise.all([readEffectiveConfig(), readSettings()]);
  if (!config) return null;
  return {
    mode: config.mode,
    modeLocked: config.modeLocked,
    language: settings.language,
    hints: settings.hints,
    ownHospitals: settings.profile.ownHospitals,
    ownWards: settings.profile.ownWards,
    packs: config.sources,
    policyIssues: config.policyIssues,
    allowUserPacks: config.allowUserPacks,
    audit: await readAudit(Date.now(), config.auditRetentionDays),
  };
}

/** Re-renders when the background rewrites what the page shows. */
export function watchOptionsData(onChange: () => void): void {
  for (const key of ['local:effectiveConfig', 'local:settings', 'local:audit'] as const) storage.watch(key, onChange);
}

export const optionsActions = (audit: () => OptionsData['audit']): OptionsActions => ({
  setMode: (mode) => sendMessage('setMode', { mode }),
  setLanguage: (language) => sendMessage('setLanguage', { language }),
  setHints: (hints) => sendMessage('setHints', { hints }),
  setProfile: (profile) => sendMessage('setProfile', profile),
  importPack: (text) => sendMessage('importPack', { text }),
  removePack: (key) => sendMessage('removePack', { key }),
  setPackEnabled: (key, enabled) => sendMessage('setPackEnabled', { key, enabled }),
  clearAudit: () => sendMessage('clearAudit', {}),
  exportAudit() {
    const blob = new Blob([JSON.stringify(audit(), null, 2)], { type: 'application/json' });
    const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: 'clinguard-audit.json' });
    link.click();
    URL.revokeObjectURL(link.href);
  },
});
