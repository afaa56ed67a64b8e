import { describe, it, expect } from 'vitest';
import { cnResidentId } from '../../../src/detectors/validators/cn-resident-id';

const ctx = { now: new Date('2025-06-15T12:00:00Z') };

describe('cn-resident-id', () => {
  // Every vector of guidance 4.1, plus the edges the validator owns (dates, region, 15-digit form).
  it.each([
    { value: '11010519491231002X', why: 'check digit X' },
    { value: '11010519491231002x', why: 'lowercase x' },
    { value: '440106198512034522', why: 'guidance 4.1 vector' },
    { value: '310115199003070017', why: 'guidance 4.1 vector' },
    { value: '810000199001010019', why: 'Hong Kong residence permit' },
    { value: '820000199001010029', why: 'Macau residence permit' },
    { value: '830000199001010039', why: 'Taiwan residence permit' },
    { value: '710000198001010010', why: 'Taiwan region prefix 71' },
    { value: '440106200002290024', why: '29 February of leap year 2000' },
    { value: '440106202506150024', why: 'born on the day of ctx.now' },
    { value: '44010620250616002X', why: 'one day after ctx.now, time-zone slack' },
    { value: '110105 19491231 002X', why: 'spaced 6-8-4 groups' },
    { value: '110105-1949-1231-002X', why: 'dashed 6-4-4-4 groups' },
    { value: '110105491231002', why: 'old 15-digit form, 1949-12-31' },
    { value: '110105 491231 002', why: 'spaced old 15-digit form' },
  ])('accepts $value ($why)', ({ value }) => {
    expect(cnResidentId(value, ctx)).toBe(true);
  });

  it.each([
    { value: '440106198512034521', why: 'wrong check digit, should be 2' },
    { value: '440106198513034522', why: 'month 13' },
    { value: '440106198502304525', why: '30 February despite a right check digit' },
    { value: '440106209912314524', why: 'future birth date despite a right check digit' },
    { value: '440106202506170025', why: 'two days after ctx.now' },
    { value: '99010619851203452X', why: '99 is not a region prefix' },
    { value: '160106198512034525', why: '16 is not a region prefix' },
    { value: '440106190002290028', why: '29 February 1900, not a leap year' },
    { value: '110105189912310023', why: 'birth year before 1900' },
    { value: '1101051949123100X2', why: 'X outside the check position' },
    { value: '11010519491231002', why: '17 digits' },
    { value: '110105490230002', why: '15-digit form with 30 February' },
    { value: '990105491231002', why: '15-digit form with region 99' },
    { value: '', why: 'empty text' },
  ])('rejects $value ($why)', ({ value }) => {
    expect(cnResidentId(value, ctx)).toBe(false);
  });
});
