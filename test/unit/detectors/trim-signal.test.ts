import { describe, expect, it } from 'vitest';
import { nlpSignals } from '../../../src/detectors/nlp/compromise-signals';
import { trimSpan } from '../../../src/detectors/nlp/trim-signal';

const cut = (text: string, start: number, end: number) => {
  const s = trimSpan(text, start, end);
  return text.slice(s.start, s.end);
};

describe('trimSpan', () => {
  it('drops trailing punctuation and a possessive', () => {
    expect(cut('Ask Obama? now', 4, 10)).toBe('Obama');
    expect(cut('AS PER E. WELSH: BILAT', 10, 16)).toBe('WELSH');
    expect(cut("Mary's bag", 0, 6)).toBe('Mary');
    expect(cut('Mary’s bag', 0, 6)).toBe('Mary');
  });

  it('drops leading punctuation and keeps inner apostrophes and hyphens', () => {
    expect(cut("(j. o'brien) verified", 0, 11)).toBe("j. o'brien");
    expect(cut('DR RETTERER-MOORE.', 3, 18)).toBe('RETTERER-MOORE');
  });

  it('returns an empty span for punctuation only, never a negative one', () => {
    const s = trimSpan('a ... b', 2, 5);
    expect(s.end).toBe(s.start);
  });
});

describe('nlpSignals', () => {
  it('reports a person without the punctuation compromise attaches', () => {
    const text = 'Spoke with Mary Hulse, who will meet the family.';
    const spans = nlpSignals(text, ['#Person+']).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['Mary Hulse']);
  });

  it('keeps offsets in the whole text when a Chinese run comes first', () => {
    const text = '家属说 Edward came in.';
    const [signal] = nlpSignals(text, ['#Person+']);
    expect(signal && text.slice(signal.start, signal.end)).toBe('Edward');
  });
});
