import { describe, it, expect } from 'vitest';
import { cnMobile } from '../../../src/detectors/validators/cn-mobile';

describe('cn-mobile', () => {
  it.each([
    { value: '139 1234 5678', why: 'spaced 3-4-4' },
    { value: '+86 138-0013-8000', why: '+86 prefix and dashes' },
    { value: '13800138000', why: 'plain' },
    { value: '008613800138000', why: '0086 prefix' },
    { value: '(+86) 13800138000', why: 'bracketed prefix' },
    { value: '14512345678', why: '145 data-card prefix' },
    { value: '16212345678', why: '162 virtual operator' },
    { value: '17812345678', why: '178' },
    { value: '19212345678', why: '192 China Broadcast Network' },
    { value: '19912345678', why: '199' },
  ])('accepts $value ($why)', ({ value }) => {
    expect(cnMobile(value)).toBe(true);
  });

  it.each([
    { value: '12345678901', why: 'second digit 2' },
    { value: '14012345678', why: 'unallocated 140' },
    { value: '15412345678', why: 'unallocated 154' },
    { value: '16012345678', why: 'unallocated 160' },
    { value: '17912345678', why: 'unallocated 179' },
    { value: '19412345678', why: 'unallocated 194' },
    { value: '1380013800', why: 'ten digits' },
    { value: '138001380001', why: 'twelve digits' },
    { value: '+44 13800138000', why: 'foreign country code' },
  ])('rejects $value ($why)', ({ value }) => {
    expect(cnMobile(value)).toBe(false);
  });
});
