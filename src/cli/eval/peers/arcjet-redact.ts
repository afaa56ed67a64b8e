/** `@arcjet/redact` (WASM tokenizer, runs locally; the network SDKs are separate packages): redacted text only. */
import { packageVersion } from './package-version';
import { mapSpans } from './label-map';
import { spansFromRedacted } from './redacted-spans';
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
  return {
    name: NAME,
    version: packageVersion(NAME),
    spanSource: 'redacted text',
    labels: ARCJET_REDACT_LABELS,
    detect: async (text) => {
      const [redacted] = await redact(text);
      const spans = spansFromRedacted(text, redacted, PLACEHOLDER);
      return spans && mapSpans(ARCJET_REDACT_LABELS, spans);
    },
  };
}
