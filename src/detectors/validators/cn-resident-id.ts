import { isRealDate } from './calendar-date';
import type { ValidatorContext } from './types';

/** ISO 7064 MOD 11-2: W_i = 2^(17−i) mod 11 (guidance 4.1). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
/** Province-level GB/T 2260 prefixes; 71 Taiwan; 81/82/83 HK, Macau, Taiwan residence permits. */
const REGION = /^(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3])/;
const DAY_MS = 86_400_000;

function checkChar(digits: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(digits[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/**
 * A born date is plausible from 1900 up to ctx.now. One day of slack absorbs time zones: ctx.now
 * is compared in UTC, while a baby born "today" in China may still be "tomorrow" in UTC terms.
 */
function plausibleBirth(yyyymmdd: string, now: Date): boolean {
  const [y, m, d] = [yyyymmdd.slice(0, 4), yyyymmdd.slice(4, 6), yyyymmdd.slice(6, 8)].map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  if (y < 1900 || !isRealDate(y, m, d)) return false;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Date.UTC(y, m - 1, d) <= today + DAY_MS;
}

/**
 * Mainland resident ID (GB 11643): 18 characters with MOD 11-2 check, or the old 15-digit form
 * (19YY, no check; callers require a keyword anchor). Both need a real birth date and region.
 * Spaces and dashes between groups (6-8-4, 6-4-4-4) are ignored.
 * @example cnResidentId('110105 19491231 002x', { now: new Date() }) // true
 */
export function cnResidentId(value: string, ctx: ValidatorContext): boolean {
  const id = value.replace(/[\s-]/g, '').toUpperCase();
  if (!REGION.test(id)) return false;
  if (/^\d{15}$/.test(id)) return plausibleBirth(`19${id.slice(6, 12)}`, ctx.now);
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  return checkChar(id) === id[17] && plausibleBirth(id.slice(6, 14), ctx.now);
}
