import { describe, it, expect } from 'vitest';
import { calendarDate } from '../../../src/detectors/validators/calendar-date';

const ctx = { now: new Date('2025-06-15T12:00:00Z') };

describe('calendar-date', () => {
  it.each([
    { value: '1985年3月12日', why: 'zh 年月日' },
    { value: '2024年 2 月 29 号', why: 'zh with 号 and spaces, leap day' },
    { value: '2023-1-5', why: 'ISO-ish dashes' },
    { value: '2023/01/05', why: 'slashes' },
    { value: '2023.1.5', why: 'dots' },
    { value: '12/03/1985', why: 'D/M/YYYY' },
    { value: '3/31/1985', why: 'M/D/YYYY, only the US reading is real' },
    { value: '31/3/1985', why: 'D/M/YYYY, only the UK reading is real' },
    { value: '29/02/00', why: 'D/M/YY, 2000 was a leap year' },
    { value: '12/03/85', why: 'D/M/YY' },
    { value: '12 March 1985', why: 'D Month YYYY' },
    { value: '1st Jan 2020', why: 'ordinal and abbreviation' },
    { value: '3rd of sept 1999', why: 'of and lowercase Sept' },
    { value: 'March 12, 1985', why: 'Month D, YYYY' },
    { value: 'Dec 25th 2024', why: 'abbreviated month, ordinal, no comma' },
    { value: '3月12日', why: 'zh month/day without year' },
    { value: '2月29号', why: '29 February without a year' },
    { value: 'DOB: 12/03/1985', why: 'date inside anchor text' },
    { value: '2026-12-31', why: 'next year is allowed' },
    { value: '1900-01-01', why: 'first allowed year' },
  ])('accepts $value ($why)', ({ value }) => {
    expect(calendarDate(value, ctx)).toBe(true);
  });

  it.each([
    { value: '2023年2月30日', why: '30 February' },
    { value: '2023-02-29', why: '29 February outside a leap year' },
    { value: '1900/2/29', why: '1900 was not a leap year' },
    { value: '2023-13-01', why: 'month 13' },
    { value: '2023-2/01', why: 'mixed separators' },
    { value: '31/31/1985', why: 'neither reading is real' },
    { value: '29/02/01', why: 'D/M/YY, no leap year in either century' },
    { value: '30 February 2020', why: '30 February, English' },
    { value: 'April 31, 2020', why: '31 April' },
    { value: '1899-12-31', why: 'before 1900' },
    { value: '2027-01-01', why: 'after next year' },
    { value: '1850年3月12日', why: 'year out of range, not saved by its 月日 tail' },
    { value: '1850/02/03', why: 'year out of range, not saved by a D/M/YY reading inside it' },
    { value: '2月30日', why: '30 February without a year' },
    { value: '13月1日', why: 'month 13 without a year' },
    { value: '12 Marching 1985', why: 'not a month name' },
    { value: '12345', why: 'no date' },
  ])('rejects $value ($why)', ({ value }) => {
    expect(calendarDate(value, ctx)).toBe(false);
  });
});
