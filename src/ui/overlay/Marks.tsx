/** One editor's underline boxes, where the page cannot paint highlights (textareas, old browsers). */
import type { EditorView } from './types';

export function Marks({ view }: { view: EditorView }) {
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
    </>
  );
}
