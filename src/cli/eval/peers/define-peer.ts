/** The two ways a peer yields spans, each turned into a Peer with its version and label table. */
import type { Lang } from '../../../engine/types';
import { mapSpans } from './label-map';
import { packageVersion } from './package-version';
import { spansFromRedacted, type RedactedSpan } from './redacted-spans';
import type { LabelRule, Peer } from './types';

/** A peer that reports its own offsets (labels still in its own vocabulary). */
export function offsetsPeer(
  name: string,
  labels: readonly LabelRule[],
  find: (text: string) => RedactedSpan[] | Promise<RedactedSpan[]>,
  languages?: readonly Lang[],
): Peer {
  return {
    name,
    version: packageVersion(name),
    spanSource: 'offsets',
    labels,
    languages,
    detect: async (text) => mapSpans(labels, await find(text)),
    run: find,
  };
}

/** A peer that only returns redacted text: its spans are read back from the placeholders it wrote. */
export function redactedTextPeer(
  name: string,
  labels: readonly LabelRule[],
  placeholder: RegExp,
  redact: (text: string) => string | Promise<string>,
): Peer {
  return {
    name,
    version: packageVersion(name),
    spanSource: 'redacted text',
    labels,
    detect: async (text) => {
      const spans = spansFromRedacted(text, await redact(text), placeholder);
      return spans && mapSpans(labels, spans);
    },
    run: redact,
  };
}
