/**
 * Importing a user pack: refused with path-precise issues when it fails its schema, its checks
 * or its own examples (loadPack + verifyPack, the same code as `clinguard pack test`); stored as
 * its original text when it passes.
 */
import type { PackIssue } from '../packs/pack-issue';
import type { EffectiveConfig } from '../storage/effective-config-schema';
import type { StoredPack } from '../storage/stored-packs';
import { extendPack } from './effective-config';

export function checkImport(text: string, config: EffectiveConfig, existing: readonly StoredPack[]): { issues: PackIssue[]; pack?: StoredPack } {
  const replacing = (key: string) => existing.some((p) => p.key === key);
  // Re-importing a pack replaces it, so its own earlier rules do not count as duplicates.
  const loaded = extendPack(text, config.packs.filter((p) => !config.sources.some((s) => s.origin === 'user' && s.id === p.id && replacing(p.id))), config.guidance);
  if (!loaded.ok || !loaded.pack) return { issues: loaded.issues };
  const pack = loaded.pack;
  if (config.sources.some((s) => s.origin !== 'user' && s.id === pack.id)) return { issues: [{ path: 'id', message: `a built-in or policy pack already uses the id "${pack.id}"` }] };
  return { issues: [], pack: { key: pack.id, text, importedAt: Date.now(), packId: pack.id, name: pack.name, ok: true, issues: [] } };
}
