/**
 * A read-only copy of the analysed text with the findings marked. The editable fields are never
 * touched (the same rule as on host pages: their DOM is not ours).
 */
import type { Finding } from '../../engine/types';
import { SEVERITY_WEIGHT } from '../labels';
import { markSegments } from './mark-segments';

interface Props {
  text: string;
  findings: readonly Finding[];
  activeIndex: number | null;
}

export function MarkedText({ text, findings, activeIndex }: Props) {
  const segments = markSegments(text.length, findings);
  return (
    <div class="marked-text" data-marked-text>
      {segments.map((segment) => {
        const piece = text.slice(segment.start, segment.end);
        if (!segment.covering.length) return piece;
        const covering = segment.covering.map((i) => findings[i]!);
        const strongest = covering.reduce((a, b) => (SEVERITY_WEIGHT[b.severity] > SEVERITY_WEIGHT[a.severity] ? b : a));
        const active = activeIndex !== null && segment.covering.includes(activeIndex);
        return (
          <mark
            key={segment.start}
            class={`mark severity-${strongest.severity}${active ? ' is-active' : ''}`}
            title={covering.map((f) => f.message).join('\n')}
            data-rule={strongest.rule}
          >
            {piece}
          </mark>
        );
      })}
    </div>
  );
}
