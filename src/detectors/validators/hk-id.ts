/** A=10 … Z=35; a one-letter ID is padded with a leading space worth 36 (guidance 4.2). */
const letterValue = (ch: string): number => ch.charCodeAt(0) - 55;
const SPACE_VALUE = 36;

/**
 * Hong Kong identity card number: one or two letters, six digits, check 0–9 or A (optionally in
 * parentheses). Weights 9…2 over the 8 padded characters; check = 11 − (S mod 11), 10 → A, 11 → 0.
 * @example hkId('A123456(3)') // true
 * @example hkId('CA182361(1)') // true
 */
export function hkId(value: string): boolean {
  const m = /^([A-Z]{1,2})(\d{6})\(?([\dA])\)?$/.exec(value.replace(/\s/g, '').toUpperCase());
  if (!m) return false;
  const [, letters = '', digits = '', check] = m;
  const values = [
    ...(letters.length === 1 ? [SPACE_VALUE] : []),
    ...Array.from(letters, letterValue),
    ...Array.from(digits, Number),
  ];
  const sum = values.reduce((acc, v, i) => acc + v * (9 - i), 0);
  const r = sum % 11;
  const expected = r === 0 ? '0' : r === 1 ? 'A' : String(11 - r);
  return check === expected;
}
