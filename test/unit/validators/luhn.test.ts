import { describe, it, expect } from 'vitest';
import { luhn } from '../../../src/detectors/validators/luhn';

describe('luhn', () => {
  it.each([
    { value: '4111 1111 1111 1111', why: 'Visa test card, spaced' },
    { value: '5500-0000-0000-0004', why: 'Mastercard test card, dashed' },
    { value: '378282246310005', why: 'Amex test card, 15 digits' },
    { value: '6222021234567890128', why: '19 digits' },
  ])('accepts $value ($why)', ({ value }) => {
    expect(luhn(value)).toBe(true);
  });

  it.each([
    { value: '4111 1111 1111 1112', why: 'wrong check digit' },
    { value: '378282246310006', why: 'wrong check digit' },
    { value: '424242424242', why: '12 digits, too short for a card' },
    { value: '41111111111111111110', why: '20 digits, too long' },
    { value: '4111 1111 1111 111a', why: 'a letter' },
  ])('rejects $value ($why)', ({ value }) => {
    expect(luhn(value)).toBe(false);
  });
});
