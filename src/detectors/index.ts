/** Detector kinds (closed set, DESIGN.md §4): compiles a rule's detector spec. */
import type { DetectInput, RawSpan } from '../engine/rule-set';
import type { DetectorSpec } from '../packs/schema';
import { compileKeywords } from './keywords';
import { compileNlp } from './nlp';
import { compileRegex } from './regex';

export const DETECTOR_KINDS = ['combination', 'keywords', 'nlp', 'regex'] as const;

/** Returns the span finder, or undefined for combinations (they run after all others). */
export function compileDetector(
  spec: DetectorSpec,
  lists: Readonly<Record<string, readonly string[]>>,
): ((input: DetectInput) => RawSpan[]) | undefined {
  switch (spec.kind) {
    case 'regex':
      return compileRegex(spec);
    case 'keywords':
      return compileKeywords(spec, lists);
    case 'nlp':
      return compileNlp(spec);
    case 'combination':
      return undefined;
  }
}
