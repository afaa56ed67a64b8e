/**
 * Spans from a redactor that only returns redacted text. The redacted text is read as a template:
 * its literal stretches must reappear in the original in order, and each placeholder stands for
 * the original stretch between them. Matching the whole template at once (an anchored regex with
 * a lazy group per placeholder) lets the regex engine backtrack past a stretch that happens to
 * repeat the next literal, which a left-to-right indexOf walk would get wrong.
 */
export interface RedactedSpan {
  start: number;
  end: number;
  label: string;
}

/** Escapes for a `u`-flag pattern, where only syntax characters may be escaped (no `\-`). */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `placeholder` must be global and capture the label in group 1 (or name it by the whole match).
 * Returns null when the redacted text does not fit the original (the redactor changed more than
 * the spans it reports), so a caller can count such texts instead of scoring garbage.
 */
export function spansFromRedacted(original: string, redacted: string, placeholder: RegExp): RedactedSpan[] | null {
  if (!placeholder.global) throw new Error('spansFromRedacted: the placeholder pattern must be global');
  const labels: string[] = [];
  const tokens: string[] = [];
  let source = '^';
  let last = 0;
  for (const m of redacted.matchAll(placeholder)) {
    source += `${escape(redacted.slice(last, m.index))}([\\s\\S]+?)`;
    labels.push(m[1] ?? m[0]);
    tokens.push(m[0]);
    last = m.index + m[0].length;
  }
  if (!labels.length) return original === redacted ? [] : null;
  source += `${escape(redacted.slice(last))}$`;
  // `u` keeps a group from splitting a surrogate pair; `d` gives each group's UTF-16 offsets.
  const match = new RegExp(source, 'du').exec(original);
  if (!match?.indices) return null;
  const spans: RedactedSpan[] = [];
  labels.forEach((label, k) => {
    const [start, end] = match.indices![k + 1]!;
    // A placeholder word that was already in the original ("URL: http://…" → "URL: URL") is no detection.
    if (original.slice(start, end) !== tokens[k]) spans.push({ start, end, label });
  });
  return spans;
}
