import type { AhoCorasick, AhoHit } from './aho-corasick';

const WORD_CHAR = /[a-z0-9]/i;

/**
 * Leftmost-longest, non-overlapping term hits. A term that starts or ends with a Latin letter
 * or digit must do so at a word boundary ("ward" is not in "awkward"); Chinese terms need none.
 */
export function findTerms(automaton: AhoCorasick, haystack: string, terms: readonly string[]): AhoHit[] {
  const hits = automaton
    .search(haystack)
    .filter((h) => atBoundary(haystack, h.start, h.end, terms[h.pattern]!))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: AhoHit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (!last || hit.start >= last.end) kept.push(hit);
  }
  return kept;
}

function atBoundary(text: string, start: number, end: number, term: string): boolean {
  const edgeStart = WORD_CHAR.test(term[0]!) && start > 0 && WORD_CHAR.test(text[start - 1]!);
  const edgeEnd = WORD_CHAR.test(term[term.length - 1]!) && end < text.length && WORD_CHAR.test(text[end]!);
  return !edgeStart && !edgeEnd;
}
