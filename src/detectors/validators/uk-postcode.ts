/** Full postcode (outward + inward) from guidance 4.5, anchored; GIR 0AA is Girobank's legacy code. */
const POSTCODE = /^(?:GIR ?0AA|[A-PR-UWYZ](?:\d[\dA-HJKPS-UW]?|[A-HK-Y]\d[\dABEHMNPRV-Y]?) ?\d[ABD-HJLNP-UW-Z]{2})$/i;

/**
 * UK postcode shape check (not a lookup of live codes); runs of whitespace count as one space.
 * @example ukPostcode('SW1A 1AA') // true
 * @example ukPostcode('ABC 123') // false
 */
export function ukPostcode(value: string): boolean {
  return POSTCODE.test(value.trim().replace(/\s+/g, ' '));
}
