/**
 * Cuts a text into runs at every finding boundary, so overlapping findings render as flat,
 * non-nested marks. Each run knows which findings cover it.
 */
export interface Span {
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Indexes into the spans array, in order. Empty for plain text. */
  covering: number[];
}

export function markSegments(textLength: number, spans: readonly Span[]): Segment[] {
  const cuts = new Set([0, textLength]);
  for (const s of spans) {
    cuts.add(clamp(s.start, textLength));
    cuts.add(clamp(s.end, textLength));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = spans.flatMap((s, index) => (s.start <= start && s.end >= end ? [index] : []));
    segments.push({ start, end, covering });
  }
  return segments;
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));
