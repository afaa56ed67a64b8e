/**
 * US Social Security number in 3-2-4 groups (dashes, spaces or none). Area 000, 666 and 900–999
 * (ITINs), group 00 and serial 0000 are never issued (guidance 4.5).
 * @example usSsn('123-45-6789') // true
 * @example usSsn('666-12-3456') // false
 */
export function usSsn(value: string): boolean {
  const m = /^(\d{3})[\s-]?(\d{2})[\s-]?(\d{4})$/.exec(value.trim());
  if (!m) return false;
  const [, area = '', group, serial] = m;
  return area !== '000' && area !== '666' && !area.startsWith('9') && group !== '00' && serial !== '0000';
}
