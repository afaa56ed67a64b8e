/** `redact-pii` (SyncRedactor, built-in regexes + name list): returns redacted text only. */
import { packageVersion } from './package-version';
import { mapSpans } from './label-map';
import { spansFromRedacted } from './redacted-spans';
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
  return {
    name: NAME,
    version: packageVersion(NAME),
    spanSource: 'redacted text',
    labels: REDACT_PII_LABELS,
    detect: async (text) => {
      const spans = spansFromRedacted(text, redactor.redact(text), PLACEHOLDER);
      return spans && mapSpans(REDACT_PII_LABELS, spans);
    },
  };
}
