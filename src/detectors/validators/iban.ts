/**
 * IBAN check (ISO 13616): two letters, two check digits, 11–30 letters or digits; moving the first
 * four characters to the end and reading letters as 10–35 must leave remainder 1 mod 97. Spaces ignored.
 * @example iban('GB29 NWBK 6016 1331 9268 19') // true
 * @example iban('GB28 NWBK 6016 1331 9268 19') // false
 */
export function iban(value: string): boolean {
  const compact = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const n = ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch);
    remainder = (remainder * (n > 9 ? 100 : 10) + n) % 97;
  }
  return remainder === 1;
}
