/**
 * Bundles each editor fixture (test/fixtures/editors/<name>.ts) with esbuild into .output/ and
 * serves it as a routed site under https://www.weibo.com/editor/<name>, so the shipped content
 * script matches as it would on the real site. One bundle per editor, built once per run.
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { RoutedSite } from '../harness';

export const EDITOR_ORIGIN = 'https://www.weibo.com';
const SOURCE = 'test/fixtures/editors';
const OUT = '.output/editor-fixtures';

export const EDITOR_NAMES = ['contenteditable', 'draft', 'iframe', 'lexical', 'prosemirror', 'quill', 'shadow', 'slate', 'textarea', 'tiptap'] as const;
export type EditorName = (typeof EDITOR_NAMES)[number];

/** The library's own stylesheet, where it needs one to lay text out as it does in production. */
const STYLES: Partial<Record<EditorName, string>> = {
  prosemirror: 'node_modules/prosemirror-view/style/prosemirror.css',
  quill: 'node_modules/quill/dist/quill.core.css',
  tiptap: 'node_modules/prosemirror-view/style/prosemirror.css',
};

export async function editorSite(): Promise<RoutedSite> {
  await build({
    entryPoints: EDITOR_NAMES.map((name) => `${SOURCE}/${name}.ts`),
    outdir: OUT,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  });
  const template = readFileSync(`${SOURCE}/page.html`, 'utf8');
  const site: RoutedSite = { origin: EDITOR_ORIGIN, pages: {}, assets: {} };
  for (const name of EDITOR_NAMES) {
    const style = STYLES[name] ? readFileSync(STYLES[name]!, 'utf8') : '';
    site.pages[`/editor/${name}`] = template.replaceAll('__NAME__', name).replace('__STYLE__', style);
    site.assets![`/editor/${name}.js`] = { body: readFileSync(`${OUT}/${name}.js`), contentType: 'text/javascript; charset=utf-8' };
  }
  return site;
}
