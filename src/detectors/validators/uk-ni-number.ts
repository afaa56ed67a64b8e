/**
 * Prefixes BG, GB, KN, NK, NT, TN, ZZ are never allocated; first letter not D F I Q U V, second
 * not D F I O Q U V; suffix A–D (guidance 4.5).
 */
const NI = /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/;

/**
 * UK National Insurance number, with or without the usual spaces (AB 12 34 56 C).
 * @example ukNiNumber('AB 12 34 56 C') // true
 * @example ukNiNumber('QQ 12 34 56 C') // false (HMRC's sample prefix)
 */
export function ukNiNumber(value: string): boolean {
  return NI.test(value.replace(/[\s-]/g, '').toUpperCase());
}
