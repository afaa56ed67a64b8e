/**
 * The built-in pack and citation titles. The build writes them as packs/core.json and
 * packs/guidance.json (wxt.config.ts), and the background reads them only when it rebuilds the
 * effective config: inlined, they would make background.js ~125 kB gzip, parsed at every
 * service-worker wake (DESIGN.md §10 budget: 80 kB). The fetch is of our own packaged file
 * (connect-src 'self'), never the network.
 */
import { browser } from 'wxt/browser';
import { loadPack, type LoadResult } from '../packs/load-pack';

export const CORE_PACK_FILE = '/packs/core.json';
export const GUIDANCE_FILE = '/packs/guidance.json';

const ownFile = async (path: string): Promise<string> => {
  const url = (browser.runtime.getURL as (path: string) => string)(path);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${path} is missing from the extension (${response.status})`);
  return response.text();
};

export async function builtinPack(): Promise<LoadResult> {
  try {
    return loadPack(await ownFile(CORE_PACK_FILE));
  } catch (error) {
    return { ok: false, issues: [{ path: '', message: `the built-in rules could not be read: ${(error as Error).message}` }] };
  }
}

export async function builtinGuidance(): Promise<Record<string, { zh: string; en: string }>> {
  try {
    return JSON.parse(await ownFile(GUIDANCE_FILE)) as Record<string, { zh: string; en: string }>;
  } catch {
    return {};
  }
}
