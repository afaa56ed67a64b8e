/** `@cdssnc/sanitize-pii` (Government of Canada patterns): redacted text only, "[Redacted: name]". */
import { redactedTextPeer } from './define-peer';
import type { LabelRule, Peer } from './types';

const NAME = '@cdssnc/sanitize-pii';

export const SANITIZE_PII_LABELS: readonly LabelRule[] = [
  ['phone_number', 'phone'],
  ['phone_number_international', 'phone'],
  ['credit_card', 'financial'],
  ['bank_account_canada', 'financial'],
  ['ip_address', 'ip'],
  ['address_en', 'address'],
  ['address_fr', 'address'],
  ['po_box', 'address'],
  ['postal_code', 'address'],
  ['sin', 'id-number'],
  ['passport_canada', 'id-number'],
  [/^drivers_license_/, 'id-number'],
  [/^health_card_/, 'id-number'],
];

const PLACEHOLDER = /\[Redacted: ([a-z_]+)\]/g;

export async function loadSanitizePii(): Promise<Peer> {
  const { PiiSanitizer } = await import('@cdssnc/sanitize-pii');
  const sanitizer = new PiiSanitizer();
  return redactedTextPeer(NAME, SANITIZE_PII_LABELS, PLACEHOLDER, (text) => sanitizer.sanitize(text));
}
