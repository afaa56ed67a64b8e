import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from '../../../src/engine/normalize';

describe('normalize', () => {
  it('turns full-width digits and punctuation into ASCII with the same offsets', () => {
    const n = normalize('电话：１３９１２３４５６７８');
    expect(n.text).toBe('电话:13912345678');
    expect(toOriginalSpan(n, 3, 14)).toEqual({ start: 3, end: 14 });
  });

  it('drops zero-width characters and maps spans around them back', () => {
    const original = '139\u200b1234\u200d5678';
    const n = normalize(original);
    expect(n.text).toBe('13912345678');
    const span = toOriginalSpan(n, 0, 11);
    expect(original.slice(span.start, span.end)).toBe(original);
  });

  it('never splits a surrogate pair at the end of a span', () => {
    const n = normalize('a😀b');
    expect(toOriginalSpan(n, 1, 2)).toEqual({ start: 1, end: 3 });
  });

  it('folds only ASCII letters, keeping lengths equal', () => {
    const n = normalize('Bed 12 İstanbul');
    expect(n.folded).toBe('bed 12 İstanbul');
    expect(n.folded.length).toBe(n.text.length);
  });

  it('maps the ideographic space to a space', () => {
    expect(normalize('3\u3000床').text).toBe('3 床');
  });
});
