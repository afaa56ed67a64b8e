/**
 * NHS number (England, Wales, Isle of Man; Scotland's CHI shares the check): 10 digits, weights
 * 10…2 on the first nine, check = 11 − (S mod 11), 11 → 0, 10 never issued (guidance 4.5).
 * The 999 test range is never issued, so it is whitelisted rather than flagged; 0000000000 passes
 * the arithmetic but is a placeholder.
 * @example nhsNumber('943 476 5919') // true
 * @example nhsNumber('999 000 0018') // false (test range)
 */
export function nhsNumber(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits) || digits.startsWith('999') || /^(\d)\1*$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}
