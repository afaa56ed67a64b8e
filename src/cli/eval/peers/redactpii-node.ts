/** `@redactpii/node` (the maintained fork of redact-pii's regexes, offline mode): redacted text only. */
import { packageVersion } from './package-version';
import { mapSpans } from './label-map';
import { spansFromRedacted } from './redacted-spans';
import type { LabelRule, Peer } from './types';

const NAME = '@redactpii/node';

export const REDACTPII_NODE_LABELS: readonly LabelRule[] = [
  ['PERSON_NAME', 'person-name'],
  ['PHONE_NUMBER', 'phone'],
  ['EMAIL_ADDRESS', 'email'],
  ['US_SOCIAL_SECURITY_NUMBER', 'id-number'],
  ['CREDIT_CARD_NUMBER', 'financial'],
];

const PLACEHOLDER = /(CREDIT_CARD_NUMBER|US_SOCIAL_SECURITY_NUMBER|EMAIL_ADDRESS|PHONE_NUMBER|PERSON_NAME)/g;

export async function loadRedactpiiNode(): Promise<Peer> {
  const { Redactor } = await import('@redactpii/node');
  // No apiKey: the dashboard hook stays off and nothing leaves the machine.
  const redactor = new Redactor();
  return {
    name: NAME,
    version: packageVersion(NAME),
    spanSource: 'redacted text',
    labels: REDACTPII_NODE_LABELS,
    detect: async (text) => {
      const spans = spansFromRedacted(text, redactor.redact(text), PLACEHOLDER);
      return spans && mapSpans(REDACTPII_NODE_LABELS, spans);
    },
  };
}
