/**
 * The layer table of DESIGN.md §2 as data, for the layers that exist so far. A new folder under
 * src/ fails the test until it gets a row here (copy it from the design's table).
 */
import { posix } from 'node:path';
import { blankOut, importsOf } from './source-scan';

export const PURE_LAYERS = ['engine', 'detectors', 'packs'] as const;

interface LayerRule {
  /** src/ folders this layer may import from (values and types). */
  layers: readonly string[];
  /** src/ folders this layer may import types from, but no values. */
  typeOnlyLayers?: readonly string[];
  /** Is this package import allowed in this file? */
  packageAllowed(specifier: string, file: string): boolean;
}

const pureLayers = [...PURE_LAYERS, 'shared'];

/**
 * The npm PII peers (and the zh segmenter candidate) compared in `npm run eval`: devDependencies, loaded only under this folder,
 * which only scripts/eval.ts may load (values; a type import is erased). The extension and the
 * CLI bundle never reach it.
 */
export const EVAL_ONLY_DIR = 'src/cli/eval/peers/';
export const PEER_PACKAGES = ['redact-pii', '@openredaction/openredaction', '@redactpii/node', '@cdssnc/sanitize-pii', '@coffeeandfun/remove-pii', '@arcjet/redact', 'jieba-wasm'];
const pure: LayerRule = {
  layers: pureLayers,
  packageAllowed: (spec, file) =>
    spec === 'zod/mini' || spec === 'modern-ahocorasick' || (spec === 'compromise' && file.startsWith('src/detectors/nlp/')),
};

export const LAYERS: Readonly<Record<string, LayerRule>> = {
  engine: pure,
  detectors: pure,
  packs: pure,
  cli: {
    layers: [...pureLayers, 'cli', 'i18n'],
    packageAllowed: (spec, file) =>
      spec.startsWith('node:') ||
      ['recheck', 'compromise', 'zod/mini'].includes(spec) ||
      (file.startsWith(EVAL_ONLY_DIR) && PEER_PACKAGES.includes(spec)),
  },
  ui: {
    layers: ['ui', 'i18n', 'shared'],
    typeOnlyLayers: ['engine'],
    packageAllowed: (spec) => spec === 'preact' || spec.startsWith('preact/'),
  },
  // DOM: sites and editors. Reads the page; writes only through an editor's own input path.
  platforms: {
    layers: ['platforms', 'shared'],
    typeOnlyLayers: ['engine'],
    packageAllowed: () => false,
  },
  // DOM: the content script's logic (watcher, tracker, gate, fixes); draws through ui.
  content: {
    layers: ['content', 'engine', 'packs', 'platforms', 'ui', 'i18n', 'shared', 'storage', 'messaging'],
    packageAllowed: () => false,
  },
  // Extension-side I/O: the only storage users, the message protocol, and the background.
  storage: {
    layers: ['storage', 'packs', 'engine', 'detectors', 'shared'],
    packageAllowed: (spec) => ['wxt/utils/storage', 'wxt/browser', 'zod/mini'].includes(spec),
  },
  messaging: {
    layers: ['messaging', 'storage', 'packs', 'engine', 'detectors', 'shared'],
    packageAllowed: (spec) => ['wxt/browser', 'zod/mini'].includes(spec),
  },
  background: {
    layers: ['background', 'storage', 'messaging', 'packs', 'engine', 'detectors', 'shared'],
    packageAllowed: (spec) => ['wxt/browser', 'zod/mini'].includes(spec),
  },
  i18n: { layers: ['i18n', 'shared'], packageAllowed: () => false },
  shared: { layers: ['shared'], packageAllowed: () => false },
};

/** `src/engine/analyze.ts` → `engine`; null outside src/. */
export function layerOf(file: string): string | null {
  const m = /^src\/([^/]+)(?:\/|$)/.exec(file);
  return m ? m[1]! : null;
}

/** Every broken rule in one file, as readable lines naming the file and the import. */
export function violations(file: string, source: string): string[] {
  const layer = layerOf(file);
  if (!layer) return [];
  const rule = LAYERS[layer];
  if (!rule) return [`${file}: src/${layer}/ is not in the layer table (test/unit/architecture/layers.ts, DESIGN.md §2)`];
  const problems: string[] = [];
  for (const { specifier, typeOnly } of importsOf(source)) {
    if (!specifier.startsWith('.')) {
      if (!rule.packageAllowed(specifier, file)) problems.push(`${file}: ${layer} must not import '${specifier}'`);
      continue;
    }
    const target = posix.normalize(posix.join(posix.dirname(file), specifier));
    const targetLayer = layerOf(target);
    if (target.startsWith(EVAL_ONLY_DIR) && !file.startsWith(EVAL_ONLY_DIR) && !typeOnly) {
      problems.push(`${file}: '${specifier}' is eval-only (only scripts/eval.ts may load ${EVAL_ONLY_DIR})`);
      continue;
    }
    if (!targetLayer) problems.push(`${file}: imports '${specifier}' from outside src/`);
    else if (rule.layers.includes(targetLayer)) continue;
    else if (typeOnly && rule.typeOnlyLayers?.includes(targetLayer)) continue;
    else if (rule.typeOnlyLayers?.includes(targetLayer)) problems.push(`${file}: ${layer} may import only types from ${targetLayer} ('${specifier}')`);
    else problems.push(`${file}: ${layer} must not import from ${targetLayer} ('${specifier}')`);
  }
  if ((PURE_LAYERS as readonly string[]).includes(layer)) problems.push(...browserGlobals(file, source));
  return problems;
}

/** Pure code must not reach for the page or the extension APIs, even where types would allow it. */
function browserGlobals(file: string, source: string): string[] {
  const code = blankOut(source, { strings: true });
  const found = new Set<string>();
  for (const m of code.matchAll(/(?<![.\w$])(window|document)(?![\w$])|(?<![.\w$])(chrome|browser)\s*\./g)) found.add(m[1] ?? `${m[2]}.`);
  return [...found].map((name) => `${file}: pure layer ${layerOf(file)} mentions '${name}'`);
}
