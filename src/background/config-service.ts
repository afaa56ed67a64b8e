/**
 * The background's writes: settings, user packs and the effective config, which it recomputes
 * after every change (it is the sole writer; DESIGN.md §7). Settings and packs are separate keys,
 * read through their own repair, so a corrupt setting can never cost the user their packs.
 */
import type { LoadResult } from '../packs/load-pack';
import type { EffectiveConfig } from '../storage/effective-config-schema';
import { defineSettingsItem, effectiveConfigItem, packsItem, readSettings, readStoredPacks } from '../storage/items';
import type { Settings } from '../storage/settings-schema';
import type { StoredPack } from '../storage/stored-packs';
import { computeEffectiveConfig } from './effective-config';
import { readPolicy } from './policy';

export interface ConfigDeps {
  builtin: () => LoadResult | Promise<LoadResult>;
  guidance: () => Record<string, { zh: string; en: string }> | Promise<Record<string, { zh: string; en: string }>>;
  now: () => number;
}

export function createConfigService(deps: ConfigDeps) {
  const settingsItem = defineSettingsItem();
  let queue: Promise<unknown> = Promise.resolve();
  // Writes run one at a time, so two quick changes cannot interleave read-modify-write.
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  const refresh = async (): Promise<EffectiveConfig> => {
    await settingsItem.migrate().catch(() => undefined);
    const [policy, settings, userPacks, builtin, guidance] = await Promise.all([readPolicy(), readSettings(), readStoredPacks(), deps.builtin(), deps.guidance()]);
    const config = computeEffectiveConfig({ builtin, guidance, policy, userPacks, settings, now: deps.now() });
    await effectiveConfigItem.setValue(config);
    return config;
  };

  return {
    refresh: () => serial(refresh),
    updateSettings: (change: (settings: Settings) => Settings) =>
      serial(async () => {
        await settingsItem.setValue(change(await readSettings()));
        return refresh();
      }),
    updatePacks: (change: (packs: StoredPack[]) => StoredPack[]) =>
      serial(async () => {
        await packsItem.setValue(change(await readStoredPacks()));
        return refresh();
      }),
  };
}

export type ConfigService = ReturnType<typeof createConfigService>;
