/** `@arcjet/redact` (WASM tokenizer, runs locally; the network SDKs are separate packages): redacted text only. */
import { redactedTextPeer } from './define-peer';
import type { LabelRule, Peer } from './types';

const NAME = '@arcjet/redact';

export const ARCJET_REDACT_LABELS: readonly LabelRule[] = [
  ['email', 'email'],
  ['phone number', 'phone'],
  ['IP address', 'ip'],
  ['credit card number', 'financial'],
];

/** "<Redacted phone number #0>": the label, then a running number. */
const PLACEHOLDER = /<Redacted ([A-Za-z ]+?) #\d+>/g;

export async function loadArcjetRedact(): Promise<Peer> {
  const { redact } = await import('@arcjet/redact');
  return redactedTextPeer(NAME, ARCJET_REDACT_LABELS, PLACEHOLDER, async (text) => (await redact(text))[0]);
}
