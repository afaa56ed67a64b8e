/** `@redactpii/node` (the maintained fork of redact-pii's regexes, offline mode): redacted text only. */
import { redactedTextPeer } from './define-peer';
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
  return redactedTextPeer(NAME, REDACTPII_NODE_LABELS, PLACEHOLDER, (text) => redactor.redact(text));
}
