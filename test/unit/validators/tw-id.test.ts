import { describe, it, expect } from 'vitest';
import { twId } from '../../../src/detectors/validators/tw-id';

describe('tw-id', () => {
  it.each([
    { value: 'A123456789', why: 'guidance 4.2 vector' },
    { value: 'F222222222', why: 'guidance 4.2 vector, female' },
    { value: 'a123456789', why: 'lowercase letter' },
    { value: 'W123456789', why: 'W sits after X and Y in the letter order' },
    { value: 'O222222220', why: 'O is the last letter, 35' },
    { value: 'A800000005', why: 'new resident certificate, 8' },
    { value: 'B912345674', why: 'new resident certificate, 9' },
  ])('accepts $value ($why)', ({ value }) => {
    expect(twId(value)).toBe(true);
  });

  it.each([
    { value: 'A123456788', why: 'wrong check digit' },
    { value: 'F222222223', why: 'wrong check digit' },
    { value: 'B123456789', why: 'letter changed' },
    { value: 'A323456789', why: 'second digit 3' },
    { value: 'A12345678', why: 'nine characters' },
    { value: '1123456789', why: 'no letter' },
  ])('rejects $value ($why)', ({ value }) => {
    expect(twId(value)).toBe(false);
  });
});
