/**
 * Keeps highlights on their words between an edit and the next analysis (≤ 300 ms later): spans
 * before the edit stay, spans after it shift by the length change, spans the edit touched are
 * dropped until the analysis says again. Without this, every keystroke would flash the marks.
 */
import type { Finding } from '../engine/types';

export function remapFindings(before: string, after: string, findings: readonly Finding[]): Finding[] {
  if (before === after) return [...findings];
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const editEnd = before.length - suffix;
  const delta = after.length - before.length;
  return findings.flatMap((f) => {
    if (f.end <= prefix) return [f];
    if (f.start >= editEnd) return [{ ...f, start: f.start + delta, end: f.end + delta }];
    return [];
  });
}
