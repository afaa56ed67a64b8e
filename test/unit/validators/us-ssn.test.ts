import { describe, it, expect } from 'vitest';
import { usSsn } from '../../../src/detectors/validators/us-ssn';

describe('us-ssn', () => {
  it.each([
    { value: '123-45-6789', why: 'dashed' },
    { value: '123456789', why: 'nine plain digits' },
    { value: '123 45 6789', why: 'spaced' },
    { value: '899-01-0001', why: 'highest area below 900' },
    { value: '665-12-3456', why: 'area next to 666' },
  ])('accepts $value ($why)', ({ value }) => {
    expect(usSsn(value)).toBe(true);
  });

  it.each([
    { value: '000-12-3456', why: 'area 000' },
    { value: '666-12-3456', why: 'area 666' },
    { value: '900-12-3456', why: 'area 900 (ITIN range)' },
    { value: '999-12-3456', why: 'area 999' },
    { value: '123-00-4567', why: 'group 00' },
    { value: '123-45-0000', why: 'serial 0000' },
    { value: '1234-5-6789', why: 'wrong grouping' },
    { value: '12345678', why: 'eight digits' },
  ])('rejects $value ($why)', ({ value }) => {
    expect(usSsn(value)).toBe(false);
  });
});
