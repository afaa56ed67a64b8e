/** `@openredaction/openredaction` (558+ regex patterns, offline): detect() reports typed positions. */
import { offsetsPeer } from './define-peer';
import type { LabelRule, Peer } from './types';

const NAME = '@openredaction/openredaction';

/** Its pattern types that name one of our entities; the rest (tracking numbers, API keys…) are dropped. */
export const OPENREDACTION_LABELS: readonly LabelRule[] = [
  ['NAME', 'person-name'],
  ['EMAIL', 'email'],
  [/^PHONE_/, 'phone'],
  ['DATE_OF_BIRTH', 'date'],
  [/^(?:ADDRESS_|ZIP_CODE_|POSTCODE_)/, 'address'],
  [/^IPV[46]$/, 'ip'],
  [/^(?:CREDIT_CARD|IBAN|UK_BANK_ACCOUNT_IBAN|BANK_ACCOUNT_UK|SORT_CODE_UK|UK_SORT_CODE_ACCOUNT|ROUTING_NUMBER_US|SWIFT_BIC)$/, 'financial'],
  [/^(?:SSN|PASSPORT_(?:UK|US)|NATIONAL_INSURANCE_UK|NHS_NUMBER|DRIVING_LICENSE_(?:UK|US)|TAX_ID)$/, 'id-number'],
  [/_(?:NATIONAL_ID|PASSPORT|SIN|AADHAAR|NRIC|MY_NUMBER|RRN|CPF|CURP|DNI|PESEL|BSN|SNILS|CNP|JMBG|CEDULA)$/, 'id-number'],
  [/^(?:MEDICAL_RECORD_NUMBER|PATIENT_ID)$/, 'record-number'],
  [/^(?:SOCIAL_MEDIA_HANDLE|TWITTER_USER_ID|INSTAGRAM_USERNAME|TIKTOK_USERNAME|REDDIT_USERNAME|USERNAME)$/, 'handle'],
];

interface Detection {
  type: string;
  position: [number, number];
}

export async function loadOpenRedaction(): Promise<Peer> {
  const { OpenRedaction } = await import('@openredaction/openredaction');
  const redactor = new OpenRedaction();
  return offsetsPeer(NAME, OPENREDACTION_LABELS, async (text) => {
    const { detections } = (await redactor.detect(text)) as { detections: Detection[] };
    return detections.map(({ type, position: [start, end] }) => ({ start, end, label: type }));
  });
}
