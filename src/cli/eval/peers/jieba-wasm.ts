/**
 * `jieba-wasm` (jieba-rs compiled to WebAssembly): not a PII library but the segmenter a Chinese
 * name detector would most likely be built on. Its POS tags name people (`nr`), places (`ns`) and
 * organisations (`nt`); scoring them beside our rules is the candidate comparison of issue #5.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { offsetsPeer } from './define-peer';
import type { LabelRule, Peer } from './types';

const NAME = 'jieba-wasm';

/** jieba's ICTCLAS-style tags: nr person, nrfg/nrt names and transliterations, ns/nsf places, nt organisations. */
export const JIEBA_LABELS: readonly LabelRule[] = [
  [/^nr(?:fg|t)?$/, 'person-name'],
  [/^nsf?$/, 'location'],
  ['nt', 'organization'],
];

interface Tag {
  word: string;
  tag: string;
}

export async function loadJiebaWasm(): Promise<Peer> {
  const { tag } = (await import('jieba-wasm')) as { tag: (text: string, hmm?: boolean) => Tag[] };
  return offsetsPeer(NAME, JIEBA_LABELS, (text) => {
    // Tags come in text order, so each word is found from where the previous one ended.
    let at = 0;
    return tag(text, true).flatMap(({ word, tag: label }) => {
      const start = text.indexOf(word, at);
      if (start === -1) return [];
      at = start + word.length;
      return [{ start, end: at, label }];
    });
  }, ['zh']);
}

/** What shipping it in the extension would cost: the browser build's .wasm, raw and gzipped. */
export function jiebaWasmShippingBytes(): { raw: number; gzip: number } {
  const wasm = readFileSync(join(process.cwd(), 'node_modules', NAME, 'pkg', 'web', 'jieba_rs_wasm_bg.wasm'));
  return { raw: wasm.length, gzip: gzipSync(wasm).length };
}
