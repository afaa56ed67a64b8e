import { describe, it, expect } from 'vitest';
import { notRepeatedDigits } from '../../../src/detectors/validators/not-repeated-digits';

describe('not-repeated-digits', () => {
  it.each([
    { value: '138 0013 8000', why: 'a real-looking number' },
    { value: '943 476 5919', why: 'mixed digits' },
    { value: '1234567891', why: 'a run broken at the end' },
    { value: '121212', why: 'alternating, not a run' },
    { value: '13579', why: 'steps of two' },
    { value: '11', why: 'too short to judge' },
    { value: 'no digits', why: 'nothing to judge' },
  ])('keeps $value ($why)', ({ value }) => {
    expect(notRepeatedDigits(value)).toBe(true);
  });

  it.each([
    { value: '0000000', why: 'all zeros' },
    { value: '888 8888 8888', why: 'one digit repeated, spaced' },
    { value: '1234567890', why: 'ascending, wrapping 9 to 0' },
    { value: '0123456789', why: 'ascending from 0' },
    { value: '987654321', why: 'descending' },
    { value: '123-456-7890', why: 'ascending with separators' },
    { value: '3210987', why: 'descending, wrapping 0 to 9' },
  ])('dampens $value ($why)', ({ value }) => {
    expect(notRepeatedDigits(value)).toBe(false);
  });
});
