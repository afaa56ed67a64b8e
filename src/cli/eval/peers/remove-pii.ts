/** `@coffeeandfun/remove-pii`: detectPII reports each match with its offsets. */
import { offsetsPeer } from './define-peer';
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
  return offsetsPeer(NAME, REMOVE_PII_LABELS, (text) =>
    detectPII(text).detectedItems.flatMap(({ type, positions }) => positions.map(({ start, end }) => ({ start, end, label: type }))),
  );
}
