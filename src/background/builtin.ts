/** The built-in pack and citation titles, inlined into the background bundle by Vite. */
import { builtinGuidanceTitles, loadBuiltinPackInBrowser } from '../packs/builtin-vite';
import type { LoadResult } from '../packs/load-pack';

let loaded: LoadResult | undefined;

export function builtinPack(): LoadResult {
  return (loaded ??= loadBuiltinPackInBrowser());
}

export const builtinGuidance = builtinGuidanceTitles;
