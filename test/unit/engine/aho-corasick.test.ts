import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../../src/detectors/keywords/aho-corasick';
import { findTerms } from '../../../src/detectors/keywords/find-terms';

describe('AhoCorasick', () => {
  it('finds overlapping patterns with UTF-16 offsets', () => {
    const hits = new AhoCorasick(['he', 'she', 'his', 'hers']).search('ushers');
    expect(hits.map((h) => [h.start, h.end, h.pattern])).toEqual([
      [1, 4, 1],
      [2, 4, 0],
      [2, 6, 3],
    ]);
  });

  it('counts emoji as two code units', () => {
    expect(new AhoCorasick(['胆囊炎']).search('😀你是胆囊炎')).toEqual([{ start: 4, end: 7, pattern: 0 }]);
  });

  it('agrees with a naive search on random text', () => {
    const words = ['ab', 'abc', 'bca', 'c', 'caa', 'aaa'];
    const automaton = new AhoCorasick(words);
    let seed = 7;
    const text = Array.from({ length: 400 }, () => 'abc'[(seed = (seed * 48271) % 2147483647) % 3]).join('');
    const naive = words.flatMap((w, p) => [...text.matchAll(new RegExp(`(?=${w})`, 'g'))].map((m) => `${m.index}:${p}`));
    const fast = automaton.search(text).map((h) => `${h.start}:${h.pattern}`);
    expect(fast.sort()).toEqual(naive.sort());
  });

  it('agrees with a naive search on a large mixed list, repeated and nested terms included', () => {
    let seed = 11;
    const pick = (chars: string) => chars[(seed = (seed * 48271) % 2147483647) % chars.length]!;
    const alphabet = 'ab胆囊炎症头孢';
    const words = Array.from({ length: 300 }, () => Array.from({ length: 1 + (seed % 4) }, () => pick(alphabet)).join(''));
    words.push(words[0]!, '');
    const text = Array.from({ length: 3000 }, () => pick(alphabet)).join('');
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const naive = words.flatMap((w, p) => (w ? [...text.matchAll(new RegExp(`(?=${escape(w)})`, 'g'))].map((m) => `${m.index}:${p}`) : []));
    const fast = new AhoCorasick(words).search(text).map((h) => `${h.start}:${h.pattern}`);
    expect(fast.sort()).toEqual(naive.sort());
    expect(fast.length).toBeGreaterThan(1000);
  });
});

describe('findTerms', () => {
  const terms = ['ward', 'bed', '病房'];
  const automaton = new AhoCorasick(terms);

  it('keeps English terms to word boundaries', () => {
    expect(findTerms(automaton, 'awkward bedside ward', terms).map((h) => h.start)).toEqual([16]);
  });

  it('needs no boundary for Chinese terms', () => {
    expect(findTerms(automaton, '我们病房里', terms).map((h) => [h.start, h.end])).toEqual([[2, 4]]);
  });

  it('prefers the leftmost longest term', () => {
    const t = ['胆囊', '胆囊炎', '炎症'];
    expect(findTerms(new AhoCorasick(t), '胆囊炎症', t).map((h) => t[h.pattern])).toEqual(['胆囊炎']);
  });
});
