import { describe, it, expect } from 'vitest';
import { ukPostcode } from '../../../src/detectors/validators/uk-postcode';

describe('uk-postcode', () => {
  it.each([
    { value: 'SW1A 1AA', why: 'A9A 9AA shape' },
    { value: 'LS1 4AP', why: 'AA9 9AA shape' },
    { value: 'M1 1AE', why: 'A9 9AA shape' },
    { value: 'B33 8TH', why: 'A99 9AA shape' },
    { value: 'CR2 6XH', why: 'AA9 9AA shape' },
    { value: 'DN55 1PT', why: 'AA99 9AA shape' },
    { value: 'W1A 0AX', why: 'A9A 9AA shape' },
    { value: 'EC1A1BB', why: 'no space' },
    { value: 'sw1a  1aa', why: 'lowercase and a double space' },
    { value: 'GIR 0AA', why: 'Girobank special case' },
  ])('accepts $value ($why)', ({ value }) => {
    expect(ukPostcode(value)).toBe(true);
  });

  it.each([
    { value: 'ABC 123', why: 'not a postcode shape' },
    { value: 'SW1A', why: 'outward code only' },
    { value: 'QA1 1AA', why: 'Q never starts a postcode' },
    { value: 'LS1 4CA', why: 'C never appears in the inward letters' },
    { value: 'LS1 4AP X', why: 'trailing text' },
  ])('rejects $value ($why)', ({ value }) => {
    expect(ukPostcode(value)).toBe(false);
  });
});
