/** `[[…]]` marks in an example's text: the exact spans a match must produce (UTF-16 offsets). */
export interface MarkedExample {
  text: string;
  spans: { start: number; end: number }[];
}

/** @example parseMarks('昨晚[[3床]]的阿姨') // { text: '昨晚3床的阿姨', spans: [{ start: 2, end: 4 }] } */
export function parseMarks(marked: string): MarkedExample {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  let rest = marked;
  for (let open = rest.indexOf('[['); open >= 0; open = rest.indexOf('[[')) {
    const close = rest.indexOf(']]', open + 2);
    if (close < 0) break;
    text += rest.slice(0, open);
    const start = text.length;
    text += rest.slice(open + 2, close);
    spans.push({ start, end: text.length });
    rest = rest.slice(close + 2);
  }
  return { text: text + rest, spans };
}

/** Puts marks back, for readable failure messages. */
export function markSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, s.start)}[[${out.slice(s.start, s.end)}]]${out.slice(s.end)}`;
  }
  return out;
}
