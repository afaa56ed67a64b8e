/** `redact-pii` (SyncRedactor, built-in regexes + name list): returns redacted text only. */
import { redactedTextPeer } from './define-peer';
import type { LabelRule, Peer } from './types';

const NAME = 'redact-pii';

export const REDACT_PII_LABELS: readonly LabelRule[] = [
  ['PERSON_NAME', 'person-name'],
  ['PHONE_NUMBER', 'phone'],
  ['EMAIL_ADDRESS', 'email'],
  ['US_SOCIAL_SECURITY_NUMBER', 'id-number'],
  ['CREDIT_CARD_NUMBER', 'financial'],
  ['STREET_ADDRESS', 'address'],
  ['ZIPCODE', 'address'],
  ['IP_ADDRESS', 'ip'],
  ['URL', 'url'],
  ['USERNAME', 'handle'],
];

/** Every placeholder it writes (snake-cased redactor names), longest first so none shadows another. */
const PLACEHOLDER =
  /(CREDIT_CARD_NUMBER|US_SOCIAL_SECURITY_NUMBER|STREET_ADDRESS|EMAIL_ADDRESS|PHONE_NUMBER|PERSON_NAME|IP_ADDRESS|CREDENTIALS|PASSWORD|USERNAME|ZIPCODE|DIGITS|URL)/g;

export async function loadRedactPii(): Promise<Peer> {
  const { SyncRedactor } = await import('redact-pii');
  const redactor = new SyncRedactor();
  return redactedTextPeer(NAME, REDACT_PII_LABELS, PLACEHOLDER, (text) => redactor.redact(text));
}
