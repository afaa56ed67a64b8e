import { describe, it, expect } from 'vitest';
import { hkId } from '../../../src/detectors/validators/hk-id';

describe('hk-id', () => {
  it.each([
    { value: 'A123456(3)', why: 'one letter, bracketed check' },
    { value: 'A1234563', why: 'check without brackets' },
    { value: 'A123456 (3)', why: 'space before the bracket' },
    { value: 'a123456(3)', why: 'lowercase letter' },
    { value: 'CA182361(1)', why: 'two letters' },
    { value: 'G123456(A)', why: 'check character A' },
  ])('accepts $value ($why)', ({ value }) => {
    expect(hkId(value)).toBe(true);
  });

  it.each([
    { value: 'A123456(4)', why: 'wrong check digit' },
    { value: 'CA182361(2)', why: 'wrong check digit, two letters' },
    { value: 'G123456(0)', why: '0 where A is due' },
    { value: 'B123456(3)', why: 'letter changed' },
    { value: 'A12345(3)', why: 'five digits' },
    { value: 'ABC123456(3)', why: 'three letters' },
    { value: '1123456(3)', why: 'no letter' },
  ])('rejects $value ($why)', ({ value }) => {
    expect(hkId(value)).toBe(false);
  });
});
