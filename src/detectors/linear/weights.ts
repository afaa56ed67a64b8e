/**
 * The compact form of a model's weights in a pack: features in ascending order, each written as
 * the LEB128 varint of its gap from the previous one, then its weight as one signed byte of
 * `scale`; the bytes in base64. 30,000 weights take ~100 kB instead of ~500 kB of JSON pairs,
 * and int8 steps (≤ 1 % of the largest weight) are far below what moves a logistic score.
 */

export interface PackedWeights {
  scale: number;
  data: string;
}

export function packWeights(weights: ReadonlyMap<number, number>): PackedWeights {
  const entries = [...weights].filter(([, w]) => w !== 0).sort((a, b) => a[0] - b[0]);
  const scale = Math.max(...entries.map(([, w]) => Math.abs(w)), 1e-9) / 127;
  const bytes: number[] = [];
  let previous = -1;
  for (const [feature, w] of entries) {
    const q = Math.round(w / scale);
    if (q === 0) continue;
    for (let gap = feature - previous; ; gap >>>= 7) {
      if (gap < 0x80) {
        bytes.push(gap);
        break;
      }
      bytes.push((gap & 0x7f) | 0x80);
    }
    bytes.push(q & 0xff);
    previous = feature;
  }
  return { scale, data: toBase64(bytes) };
}

// The pack checks and every compile of a rule set decode the same model object (a pack check
// compiles once per example): decode each once. The maps are only read.
const decoded = new WeakMap<PackedWeights, { hashBits: number; weights: ReadonlyMap<number, number> }>();

/** Decodes packed weights; throws a message naming what is wrong (for the pack checks). */
export function unpackWeights(packed: PackedWeights, hashBits: number): ReadonlyMap<number, number> {
  const known = decoded.get(packed);
  if (known?.hashBits === hashBits) return known.weights;
  const weights = decodeWeights(packed, hashBits);
  decoded.set(packed, { hashBits, weights });
  return weights;
}

function decodeWeights({ scale, data }: PackedWeights, hashBits: number): Map<number, number> {
  const bytes = fromBase64(data);
  const weights = new Map<number, number>();
  let feature = -1;
  let i = 0;
  while (i < bytes.length) {
    let gap = 0;
    for (let shift = 0; ; shift += 7) {
      if (i >= bytes.length || shift > 28) throw new Error(`has a broken feature gap at byte ${i}`);
      const byte = bytes[i++]!;
      gap |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
    }
    if (gap === 0) throw new Error(`lists a feature twice at byte ${i - 1}`);
    feature += gap;
    if (feature >= 2 ** hashBits) throw new Error(`has feature ${feature} outside a ${hashBits}-bit table`);
    if (i >= bytes.length) throw new Error(`ends before the weight of feature ${feature}`);
    const q = bytes[i++]!;
    weights.set(feature, (q > 127 ? q - 256 : q) * scale);
  }
  return weights;
}

// base64 by hand: the engine layer is pure (no atob/btoa, no Buffer), and this is all it needs.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + (b === undefined ? '=' : ALPHABET[(n >> 6) & 63]!) + (c === undefined ? '=' : ALPHABET[n & 63]!);
  }
  return out;
}

function fromBase64(text: string): Uint8Array {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) throw new Error('is not base64');
  const body = text.replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((body.length * 3) / 4));
  let n = 0;
  let bits = 0;
  let at = 0;
  for (const ch of body) {
    n = (n << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (n >> bits) & 0xff;
    }
  }
  return bytes;
}
