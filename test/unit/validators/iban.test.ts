import { describe, it, expect } from 'vitest';
import { iban } from '../../../src/detectors/validators/iban';

describe('iban', () => {
  it.each([
    { value: 'GB29 NWBK 6016 1331 9268 19', why: 'UK example, spaced' },
    { value: 'DE89370400440532013000', why: 'German example, compact' },
    { value: 'fr14 2004 1010 0505 0001 3m02 606', why: 'French example, lower case' },
    { value: 'NO9386011117947', why: 'Norway, 15 characters (shortest)' },
  ])('accepts $value ($why)', ({ value }) => {
    expect(iban(value)).toBe(true);
  });

  it.each([
    { value: 'GB28 NWBK 6016 1331 9268 19', why: 'wrong check digits' },
    { value: 'DE89370400440532013001', why: 'one digit changed' },
    { value: 'GB29NWBK', why: 'too short' },
    { value: '1234 5678 9012 3456', why: 'no country code' },
  ])('rejects $value ($why)', ({ value }) => {
    expect(iban(value)).toBe(false);
  });
});
