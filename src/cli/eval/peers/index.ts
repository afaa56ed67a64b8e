/**
 * The npm PII libraries a user would otherwise pick, for `npm run eval` only. They are
 * devDependencies, loaded with dynamic import() from here; nothing the extension or the CLI
 * bundle loads may import this folder (test/unit/architecture/layers.ts enforces it).
 */
import { loadArcjetRedact } from './arcjet-redact';
import { loadJiebaWasm } from './jieba-wasm';
import { loadOpenRedaction } from './openredaction';
import { loadRedactPii } from './redact-pii';
import { loadRedactpiiNode } from './redactpii-node';
import { loadRemovePii } from './remove-pii';
import { loadSanitizePii } from './sanitize-pii';
import type { Peer } from './types';

export async function loadPeers(): Promise<Peer[]> {
  return Promise.all([loadRedactPii(), loadOpenRedaction(), loadRedactpiiNode(), loadSanitizePii(), loadRemovePii(), loadArcjetRedact(), loadJiebaWasm()]);
}
