/** One editor's underline boxes (where the page cannot paint highlights) and its count badge. */
import type { Translate } from '../../i18n';
import { topSeverity } from './top-severity';
import type { EditorView } from './types';

interface Props {
  view: EditorView;
  t: Translate;
  onBadge: (editorId: number) => void;
}

const BADGE = 22;
const INSET = 6;

export function Marks({ view, t, onBadge }: Props) {
  if (view.findings.length === 0) return null;
  const { box } = view;
  return (
    <>
      {view.spans.flatMap((span, i) =>
        span.boxes.map((b, j) => (
          <div
            key={`${i}-${j}`}
            class="cg-box"
            data-severity={span.finding.severity}
            style={{ left: `${b.left}px`, top: `${b.top}px`, width: `${b.width}px`, height: `${b.height}px` }}
          />
        )),
      )}
      <button
        type="button"
        class="cg-badge"
        data-severity={topSeverity(view.findings)}
        aria-label={t('badgeLabel', { count: view.findings.length })}
        title={t('badgeLabel', { count: view.findings.length })}
        style={{ left: `${box.left + box.width - BADGE - INSET}px`, top: `${box.top + box.height - BADGE - INSET}px` }}
        onClick={() => onBadge(view.id)}
      >
        {view.findings.length}
      </button>
    </>
  );
}
