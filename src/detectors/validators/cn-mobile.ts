/**
 * Allocated mainland mobile prefixes (2024 operator tables, guidance 4.3): 13x, 145–149, 150–153,
 * 155–159, 162, 165–167, 170–178, 18x, 190–193, 195–199. Unallocated 140, 154, 179, 194 … are
 * more likely order or tracking numbers.
 */
const ALLOCATED = /^1(?:3\d|4[5-9]|5[0-35-9]|6[25-7]|7[0-8]|8\d|9[0-35-9])\d{8}$/;

/**
 * Mainland China mobile number, with an optional +86/0086 prefix and spaces, dashes or
 * parentheses between groups.
 * @example cnMobile('+86 138-0013-8000') // true
 * @example cnMobile('14012345678') // false
 */
export function cnMobile(value: string): boolean {
  const digits = value.replace(/[\s()-]/g, '').replace(/^(?:\+|00)86/, '');
  return ALLOCATED.test(digits);
}
