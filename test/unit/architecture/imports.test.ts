/** Enforces DESIGN.md §2's layer table over every import under src/ (invariants I5, I10). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { violations } from './layers';
import { importsOf } from './source-scan';

const ROOT = join(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(?:[cm]?[jt]sx?)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = sourceFiles(join(ROOT, 'src')).map((path) => relative(ROOT, path).split('\\').join('/'));

describe('layer table over src/', () => {
  test('finds the source files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  test.each(files)('%s', (file) => {
    expect(violations(file, readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });
});

describe('the checker itself catches what it should', () => {
  const bad: [string, string, RegExp][] = [
    ['src/engine/a.ts', "import { browser } from 'wxt/browser';", /engine must not import 'wxt\/browser'/],
    ['src/packs/a.ts', "import { checkSync } from 'recheck';", /packs must not import 'recheck'/],
    ['src/detectors/a.ts', "import nlp from 'compromise';", /must not import 'compromise'/],
    ['src/engine/a.ts', "import { x } from '../cli/main';", /engine must not import from cli/],
    ['src/engine/a.ts', "import {\n  x,\n  y,\n} from '../ui/thing';", /engine must not import from ui/],
    ['src/ui/a.tsx', "import { analyze } from '../engine/analyze';", /ui may import only types from engine/],
    ['src/ui/a.tsx', "import { storage } from 'wxt/utils/storage';", /ui must not import/],
    ['src/cli/a.ts', "import { render } from 'preact';", /cli must not import 'preact'/],
    ['src/engine/a.ts', "export { x } from '../platforms/x';", /engine must not import from platforms/],
    ['src/engine/a.ts', "const m = await import('../ui/x');", /engine must not import from ui/],
    ['src/engine/a.ts', 'export const t = () => document.title;', /mentions 'document'/],
    ['src/detectors/a.ts', 'if (typeof window !== "undefined") {}', /mentions 'window'/],
    ['src/packs/a.ts', 'chrome.storage.local.get();', /mentions 'chrome\.'/],
    ['src/packs/a.ts', 'await browser .runtime.sendMessage({});', /mentions 'browser\.'/],
    ['src/newlayer/a.ts', '', /not in the layer table/],
    ['src/cli/eval-command.ts', "import { loadPeers } from './eval/peers/index';", /is eval-only/],
    ['src/cli/eval/side-by-side.ts', "const { loadPeers } = await import('./peers/index');", /is eval-only/],
    ['src/cli/eval/score.ts', "import { mapSpans, type X } from './peers/label-map';", /is eval-only/],
    ['src/cli/eval/run-corpus.ts', "const r = await import('redact-pii');", /cli must not import 'redact-pii'/],
    ['src/engine/a.ts', "import { Redactor } from '@redactpii/node';", /engine must not import '@redactpii\/node'/],
  ];
  test.each(bad)('%s: %s', (file, source, expected) => {
    expect(violations(file, source).join('\n')).toMatch(expected);
  });

  const good: [string, string][] = [
    ['src/ui/a.tsx', "import type { Finding } from '../engine/types';"],
    ['src/ui/a.tsx', "import { type Finding, type Lang } from '../engine/types';"],
    ['src/detectors/nlp/a.ts', "import nlp from 'compromise';"],
    ['src/cli/a.ts', "import { readFileSync } from 'node:fs';\nimport { analyze } from '../engine/analyze';"],
    ['src/engine/a.ts', '// the document itself; window of 24 chars\nconst s = "window"; const r = /document/u; x.window = 1;'],
    ['src/engine/a.ts', '/** @example import { x } from "../ui/y" */\nexport const a = 1;'],
    ['src/engine/a.ts', "function f(s) { return /['\"]window/.test(s); }\nconst d = 'document';"],
    ['src/cli/eval/peers/redact-pii.ts', "const { SyncRedactor } = await import('redact-pii');\nimport { mapSpans } from './label-map';"],
    ['src/cli/eval/side-by-side.ts', "import type { Peer } from './peers/types';"],
  ];
  test.each(good)('%s: %s', (file, source) => {
    expect(violations(file, source)).toEqual([]);
  });

  test('type-only detection', () => {
    expect(importsOf("import type { A } from './a';\nimport { type B, C } from './b';")).toEqual([
      { specifier: './a', typeOnly: true },
      { specifier: './b', typeOnly: false },
    ]);
  });
});
