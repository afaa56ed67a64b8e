/** Detector kinds (closed set, DESIGN.md §4): compiles a rule's detector spec. */
import type { DetectInput, RawSpan } from '../engine/rule-set';
import type { Lang } from '../engine/types';
import type { DetectorSpec, LinearModel } from '../packs/schema';
import { compileKeywords } from './keywords';
import { compileLinear } from './linear';
import { compileNlp } from './nlp';
import { compileRegex } from './regex';

export const DETECTOR_KINDS = ['combination', 'keywords', 'linear', 'nlp', 'regex'] as const;

/** What detectors may name: the merged word lists and models of the loaded packs. */
export interface DetectorResources {
  lists: Readonly<Record<string, readonly string[]>>;
  models: Readonly<Record<string, LinearModel>>;
}

/** Returns the span finder, or undefined for combinations (they run after all others). */
export function compileDetector(
  spec: DetectorSpec,
  { lists, models }: DetectorResources,
  languages: readonly Lang[],
): ((input: DetectInput) => RawSpan[]) | undefined {
  switch (spec.kind) {
    case 'regex':
      return compileRegex(spec);
    case 'keywords':
      return compileKeywords(spec, lists);
    case 'nlp':
      return compileNlp(spec);
    case 'linear':
      return compileLinear(spec, models, languages);
    case 'combination':
      return undefined;
  }
}
