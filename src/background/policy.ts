/**
 * Reads the administrator's policy. Chrome: storage.managed (validated by Chrome against
 * public/managed_schema.json). Firefox: the same area, filled from policies.json `3rdparty`; when
 * no policy exists Firefox throws "Managed storage manifest not found", which means "no policy".
 * Any other failure falls back to the last good copy in local:policyCache.
 */
import { browser } from 'wxt/browser';
import { policyCacheItem } from '../storage/items';
import { parsePolicy, type ParsedPolicy } from '../storage/policy-schema';

export async function readPolicy(): Promise<ParsedPolicy> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get(null);
  } catch (error) {
    if (/not found|no managed storage/i.test(String((error as Error)?.message ?? error))) raw = {};
    else {
      const cached = parsePolicy(await policyCacheItem.getValue());
      return { policy: cached.policy, issues: [...cached.issues, { path: '', message: `policy unreadable, using the last good copy: ${String(error)}` }] };
    }
  }
  await policyCacheItem.setValue(raw ?? {});
  return parsePolicy(raw);
}
