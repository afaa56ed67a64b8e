/**
 * Normalisation with an offset map. Full-width ASCII forms (１３８, ：, （) become ASCII and
 * zero-width characters are dropped, so one pattern serves text typed with any IME; every
 * normalised index maps back to the original UTF-16 index (invariant I4).
 */
export interface NormalizedText {
  readonly original: string;
  /** The normalised text that detectors read. */
  readonly text: string;
  /** ASCII-lowercased `text`, same length, for case-insensitive keyword matching. */
  readonly folded: string;
  /** `toOriginal[i]` is the original index of normalised index i; `toOriginal[text.length]` is the original length. */
  readonly toOriginal: Int32Array;
}

// Zero-width space/joiners, word joiner, BOM and soft hyphen: invisible, and used to dodge filters.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

/** @example normalize('１３９\u200b１２３４').text // '1391234' */
export function normalize(original: string): NormalizedText {
  const out: string[] = [];
  const toOriginal = new Int32Array(original.length + 1);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (INVISIBLE.test(ch)) continue;
    const code = ch.charCodeAt(0);
    out.push(
      code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : code === 0x3000 ? ' ' : ch,
    );
    toOriginal[n++] = i;
  }
  toOriginal[n] = original.length;
  const text = out.join('');
  return { original, text, folded: foldAscii(text), toOriginal: toOriginal.subarray(0, n + 1) };
}

/** Maps a normalised half-open span back to the original text. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: norm.toOriginal[start]!, end: norm.toOriginal[start]! };
  return { start: norm.toOriginal[start]!, end: norm.toOriginal[end - 1]! + 1 + trailingLowSurrogate(norm, end - 1) };
}

// A normalised index that points at a high surrogate must keep its pair (emoji never split).
function trailingLowSurrogate(norm: NormalizedText, last: number): number {
  const code = norm.original.charCodeAt(norm.toOriginal[last]!);
  return code >= 0xd800 && code <= 0xdbff ? 1 : 0;
}

/** ASCII-only lowercasing keeps lengths equal, so offsets need no second map. */
export function foldAscii(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}
