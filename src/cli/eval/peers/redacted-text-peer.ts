import { mapSpans } from './label-map';
import { packageVersion } from './package-version';
import { spansFromRedacted } from './redacted-spans';
import type { LabelRule, Peer } from './types';

/** A peer that only returns redacted text: its spans are read back from the placeholders it wrote. */
export function redactedTextPeer(name: string, labels: readonly LabelRule[], placeholder: RegExp, redact: (text: string) => string): Peer {
  return {
    name,
    version: packageVersion(name),
    spanSource: 'redacted text',
    labels,
    detect: async (text) => {
      const spans = spansFromRedacted(text, redact(text), placeholder);
      return spans && mapSpans(labels, spans);
    },
  };
}
