import { describe, it, expect } from 'vitest';
import { nhsNumber } from '../../../src/detectors/validators/nhs-number';

describe('nhs-number', () => {
  it.each([
    { value: '943 476 5919', why: 'guidance 4.5 vector' },
    { value: '9434765919', why: 'no spaces' },
    { value: '943-476-5919', why: 'dashes' },
    { value: '401 023 2137', why: 'another valid check' },
    { value: '485 777 3457', why: 'another valid check' },
  ])('accepts $value ($why)', ({ value }) => {
    expect(nhsNumber(value)).toBe(true);
  });

  it.each([
    { value: '999 000 0018', why: 'never-issued test range, whitelisted' },
    { value: '943 476 5918', why: 'wrong check digit' },
    { value: '123 456 7890', why: 'check 10 is never issued' },
    { value: '0000000000', why: 'all the same digit' },
    { value: '943 476 591', why: 'nine digits' },
    { value: '943 476 59190', why: 'eleven digits' },
  ])('rejects $value ($why)', ({ value }) => {
    expect(nhsNumber(value)).toBe(false);
  });
});
