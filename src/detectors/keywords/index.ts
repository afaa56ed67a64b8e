/** The `keywords` detector: terms and named lists through one Aho–Corasick automaton. */
import type { DetectInput, RawSpan } from '../../engine/rule-set';
import { foldAscii, toOriginalSpan } from '../../engine/normalize';
import type { DetectorSpec } from '../../packs/schema';
import { AhoCorasick } from './aho-corasick';
import { findTerms } from './find-terms';

type KeywordsSpec = Extract<DetectorSpec, { kind: 'keywords' }>;

export function compileKeywords(
  spec: KeywordsSpec,
  lists: Readonly<Record<string, readonly string[]>>,
): (input: DetectInput) => RawSpan[] {
  const raw = [...(spec.terms ?? []), ...(spec.lists ?? []).flatMap((name) => lists[name] ?? [])];
  const terms = spec.caseSensitive ? raw : raw.map(foldAscii);
  const automaton = new AhoCorasick(terms);
  return ({ norm }) =>
    findTerms(automaton, spec.caseSensitive ? norm.text : norm.folded, terms).map((hit) =>
      toOriginalSpan(norm, hit.start, hit.end),
    );
}
