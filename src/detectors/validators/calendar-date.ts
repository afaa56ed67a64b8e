import type { ValidatorContext } from './types';

/** True for a real day of the Gregorian calendar (no 30 February, 29 February only in leap years). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ORD = String.raw`(?:st|nd|rd|th)?`;
// Digit-run boundaries keep "1850/02/03" from yielding a valid-looking "50/02/03" inside it.
const NB = String.raw`(?<![\d./-])`;
const NA = String.raw`(?!\d|[./-]\d)`;

type Reading = [year: number | undefined, month: number, day: number];
type Parser = { re: RegExp; read: (m: RegExpExecArray) => Reading[] };

const n = (s: string | undefined): number => Number(s);
const monthOf = (s: string | undefined): number => MONTHS.indexOf((s ?? '').slice(0, 3).toLowerCase()) + 1;
// A two-digit year may be either century; either reading being real is enough (29/02/00 is 2000).
const yy = (s: string | undefined): number[] => [1900 + n(s), 2000 + n(s)];

const PARSERS: Parser[] = [
  { re: /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu, read: (m) => [[n(m[1]), n(m[2]), n(m[3])]] },
  { re: new RegExp(`${NB}(\\d{4})([./-])(\\d{1,2})\\2(\\d{1,2})${NA}`, 'gu'), read: (m) => [[n(m[1]), n(m[3]), n(m[4])]] },
  // 03/04/1985 is 3 April (UK) or 4 March (US): the text does not say which, so either counts.
  {
    re: new RegExp(`${NB}(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})${NA}`, 'gu'),
    read: (m) => (m[4]?.length === 4 ? [n(m[4])] : yy(m[4])).flatMap((y): Reading[] => [
      [y, n(m[3]), n(m[1])],
      [y, n(m[1]), n(m[3])],
    ]),
  },
  { re: new RegExp(`(?<!\\d)(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})(?!\\d)`, 'giu'), read: (m) => [[n(m[3]), monthOf(m[2]), n(m[1])]] },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})(?!\\d)`, 'giu'), read: (m) => [[n(m[3]), monthOf(m[1]), n(m[2])]] },
  // Without a year (and not the tail of a 年 date) any real month/day counts, 2月29日 included.
  { re: /(?<!年\s*|\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu, read: (m) => [[undefined, n(m[1]), n(m[2])]] },
];

function plausible([year, month, day]: Reading, maxYear: number): boolean {
  if (year === undefined) return isRealDate(2000, month, day);
  return year >= 1900 && year <= maxYear && isRealDate(year, month, day);
}

/**
 * True when the text holds a real calendar date (zh 年月日, ISO-ish, D/M or M/D numeric, English
 * month names); a year must lie in 1900 … next year (guidance 4.6).
 * @example calendarDate('DOB 29/02/2024', { now: new Date('2025-01-01') }) // true
 * @example calendarDate('2023年2月30日', { now: new Date('2025-01-01') }) // false
 */
export function calendarDate(value: string, ctx: ValidatorContext): boolean {
  const maxYear = ctx.now.getUTCFullYear() + 1;
  return PARSERS.some(({ re, read }) =>
    Array.from(value.matchAll(re)).some((m) => read(m).some((r) => plausible(r, maxYear))),
  );
}
