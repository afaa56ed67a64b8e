/**
 * The user's profile as a pack of lists only: their own hospitals and wards fill the built-in
 * `own-hospitals` / `own-wards` lists (empty in the core pack), which the self-identity rules use.
 */
import type { Pack } from '../packs/schema';
import type { Settings } from '../storage/settings-schema';

export function profilePack(profile: Settings['profile']): Pack | undefined {
  const lists: Record<string, string[]> = {};
  const unique = (names: readonly string[]) => [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  if (profile.ownHospitals.length) lists['own-hospitals'] = unique(profile.ownHospitals);
  if (profile.ownWards.length) lists['own-wards'] = unique(profile.ownWards);
  if (!Object.keys(lists).length) return undefined;
  return { id: 'user-profile', version: '1', name: { zh: '我的医院与病区', en: 'My hospital and wards' }, lists, rules: [] };
}
