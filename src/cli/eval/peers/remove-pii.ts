/** `@coffeeandfun/remove-pii`: detectPII reports each match with its offsets. */
import { packageVersion } from './package-version';
import { mapSpans } from './label-map';
import type { LabelRule, Peer } from './types';

const NAME = '@coffeeandfun/remove-pii';

export const REMOVE_PII_LABELS: readonly LabelRule[] = [
  ['email', 'email'],
  ['phone', 'phone'],
  ['ssn', 'id-number'],
  ['passport', 'id-number'],
  ['driversLicense', 'id-number'],
  ['creditCard', 'financial'],
  ['bankAccount', 'financial'],
  ['ipAddress', 'ip'],
  ['address', 'address'],
  ['zipCode', 'address'],
  ['url', 'url'],
  ['dateOfBirth', 'date'],
];

interface Detected {
  detectedItems: { type: string; positions: { start: number; end: number }[] }[];
}

export async function loadRemovePii(): Promise<Peer> {
  const { detectPII } = (await import('@coffeeandfun/remove-pii')) as unknown as { detectPII(text: string): Detected };
  return {
    name: NAME,
    version: packageVersion(NAME),
    spanSource: 'offsets',
    labels: REMOVE_PII_LABELS,
    detect: async (text) =>
      mapSpans(
        REMOVE_PII_LABELS,
        detectPII(text).detectedItems.flatMap(({ type, positions }) => positions.map(({ start, end }) => ({ start, end, label: type }))),
      ),
  };
}
