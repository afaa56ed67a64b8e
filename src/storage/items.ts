/**
 * Every storage key ClinGuard uses (DESIGN.md §7). Reads always go through the key's repair/parse,
 * so no context ever sees a malformed value. Writers: the background only (invariant I10).
 * `settings` carries a version and migrations, so it is a WXT storage item defined where it is
 * written (defineSettingsItem, background) and read elsewhere through readSettings(). The other
 * keys are plain keys: WXT's defineItem reads its key as soon as it is defined, and a content
 * script that imports this file must not read the audit or the packs on every page.
 */
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { pruneAudit, DEFAULT_RETENTION_DAYS, type AuditEntry } from './audit-schema';
import { parseEffectiveConfig, type EffectiveConfig } from './effective-config-schema';
import { repairSettings, DEFAULT_SETTINGS, type Settings } from './settings-schema';
import { repairStoredPacks, type StoredPack } from './stored-packs';

export const SETTINGS_VERSION = 1;

/**
 * v1 is the first shipped shape; a later shape adds `[n]: (old) => new` here. Whatever a migration
 * returns is repaired field by field on read, so a migration can never wipe good fields.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

export function defineSettingsItem() {
  return storage.defineItem<unknown>('local:settings', { version: SETTINGS_VERSION, migrations: SETTINGS_MIGRATIONS });
}

export async function readSettings(): Promise<Settings> {
  return repairSettings(await storage.getItem<unknown>('local:settings'));
}

/** A key without versioning: read, write and watch on demand. */
function plainItem(key: StorageItemKey) {
  return {
    getValue: () => storage.getItem<unknown>(key),
    setValue: (value: unknown) => storage.setItem(key, value),
    watch: (onChange: (value: unknown) => void) => storage.watch<unknown>(key, (value) => onChange(value)),
  };
}

export const packsItem = plainItem('local:packs');
export async function readStoredPacks(): Promise<StoredPack[]> {
  return repairStoredPacks(await packsItem.getValue());
}

export const effectiveConfigItem = plainItem('local:effectiveConfig');
export async function readEffectiveConfig(): Promise<EffectiveConfig | null> {
  return parseEffectiveConfig(await effectiveConfigItem.getValue());
}
/** Calls back with the new config whenever the background rewrites it; returns the unwatch function. */
export function watchEffectiveConfig(onChange: (config: EffectiveConfig | null) => void): () => void {
  return effectiveConfigItem.watch((value) => onChange(parseEffectiveConfig(value)));
}

/** The last policy read that succeeded, for when storage.managed cannot be read. */
export const policyCacheItem = plainItem('local:policyCache');

export const auditItem = plainItem('local:audit');
export async function readAudit(now = Date.now(), retentionDays = DEFAULT_RETENTION_DAYS): Promise<AuditEntry[]> {
  return pruneAudit(await auditItem.getValue(), now, retentionDays);
}

export { DEFAULT_SETTINGS };
