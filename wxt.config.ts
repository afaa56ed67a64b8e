import { defineConfig } from 'wxt';
import { builtinAssets } from './scripts/builtin-assets';

// Both builds are MV3 (WXT defaults Firefox to MV2); see DESIGN.md §11.
export default defineConfig({
  manifestVersion: 3,
  imports: false,
  hooks: {
    // The built-in pack ships as data the background reads on demand, not as code (src/background/builtin.ts).
    'build:publicAssets': (_wxt, files) => {
      files.push(...builtinAssets());
    },
  },
  manifest: ({ browser }) => ({
    name: 'ClinGuard 医帖卫士',
    description: 'Warns doctors before a post, reply or DM diagnoses a stranger, reveals a patient or crosses a professional line. Runs on your device only.',
    // offscreen: Chrome's home for the tier-2 Worker (src/background/tier2-host.ts).
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
    // Enterprise policy (DESIGN.md §7); Firefox reads the same keys from policies.json `3rdparty`.
    storage: { managed_schema: 'managed_schema.json' },
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'clinguard@clinguard.dev', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
