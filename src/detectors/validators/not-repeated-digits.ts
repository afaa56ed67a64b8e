/** Shorter runs are too common in real numbers to call them dummies. */
const MIN_DIGITS = 3;

/**
 * False for placeholder-looking numbers: every digit the same (0000000) or one step up or down
 * each time, wrapping 9↔0 (1234567890, 987654321). True otherwise, so it can dampen dummies.
 * @example notRepeatedDigits('138 0013 8000') // true
 * @example notRepeatedDigits('123-456-7890') // false
 */
export function notRepeatedDigits(value: string): boolean {
  const digits = Array.from(value.replace(/\D/g, ''), Number);
  if (digits.length < MIN_DIGITS) return true;
  const steps = new Set(digits.slice(1).map((d, i) => (d - (digits[i] ?? 0) + 10) % 10));
  const [only] = steps;
  return !(steps.size === 1 && (only === 0 || only === 1 || only === 9));
}
