/**
 * compromise's offsets include a term's punctuation ("Obama?", "WELSH:", "Valentine's"); a span
 * for a name should cover the name only, so the highlight and a `replace` fix touch just that.
 */
const EDGE_BEFORE = /^[^\p{L}\p{N}]+/u;
const EDGE_AFTER = /(?:['’]s)?[^\p{L}\p{N}]*$/u;

/** @example trimSpan('Mr Obama?', 3, 9) // { start: 3, end: 8 } */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  const slice = text.slice(start, end);
  const lead = EDGE_BEFORE.exec(slice)?.[0].length ?? 0;
  const tail = EDGE_AFTER.exec(slice.slice(lead))?.[0].length ?? 0;
  return { start: start + lead, end: Math.max(start + lead, end - tail) };
}
