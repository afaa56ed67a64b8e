/**
 * Luhn (mod 10) check over a 13–19 digit card or account number; spaces and dashes are ignored.
 * @example luhn('4111 1111 1111 1111') // true
 * @example luhn('4111 1111 1111 1112') // false
 */
export function luhn(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{13,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Double every second digit counting from the right-most (the check digit itself is not doubled).
    const d = Number(digits[digits.length - 1 - i]);
    sum += i % 2 === 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
  }
  return sum % 10 === 0;
}
