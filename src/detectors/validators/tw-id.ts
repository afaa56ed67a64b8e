/** Letter order is historical, not alphabetical: I, O, W, Z were added later (guidance 4.2). */
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';
const WEIGHTS = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1];

/**
 * Taiwan national ID (second digit 1/2) or new resident certificate (8/9): the letter becomes two
 * digits (A=10 … O=35), then Σ digit·weight over 11 digits must be a multiple of 10.
 * @example twId('A123456789') // true
 */
export function twId(value: string): boolean {
  const id = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z][1289]\d{8}$/.test(id)) return false;
  const code = LETTERS.indexOf(id[0] ?? '') + 10;
  const digits = [Math.floor(code / 10), code % 10, ...Array.from(id.slice(1), Number)];
  const sum = digits.reduce((acc, d, i) => acc + d * (WEIGHTS[i] ?? 0), 0);
  return sum % 10 === 0;
}
