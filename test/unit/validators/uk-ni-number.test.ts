import { describe, it, expect } from 'vitest';
import { ukNiNumber } from '../../../src/detectors/validators/uk-ni-number';

describe('uk-ni-number', () => {
  it.each([
    { value: 'AB 12 34 56 C', why: 'spaced' },
    { value: 'AB123456C', why: 'plain' },
    { value: 'ab123456d', why: 'lowercase' },
    { value: 'OA123456A', why: 'O allowed first' },
  ])('accepts $value ($why)', ({ value }) => {
    expect(ukNiNumber(value)).toBe(true);
  });

  it.each([
    { value: 'QQ 12 34 56 C', why: 'Q first letter' },
    { value: 'DA123456A', why: 'D first letter' },
    { value: 'AO123456A', why: 'O second letter' },
    { value: 'BG123456A', why: 'BG prefix' },
    { value: 'GB123456A', why: 'GB prefix' },
    { value: 'NK123456A', why: 'NK prefix' },
    { value: 'TN123456A', why: 'TN prefix' },
    { value: 'ZZ123456A', why: 'ZZ prefix' },
    { value: 'AB123456E', why: 'suffix E' },
    { value: 'AB12345C', why: 'five digits' },
  ])('rejects $value ($why)', ({ value }) => {
    expect(ukNiNumber(value)).toBe(false);
  });
});
