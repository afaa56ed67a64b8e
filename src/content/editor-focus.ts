/**
 * Hands focus back to an editor with the caret where the user left it, after our card or panel
 * had it (Esc). Only the selection moves: the editor's DOM is untouched (invariant I3).
 */
import type { TrackedEditor } from './span-geometry';

export function refocusAt(entry: TrackedEditor, caret: number | null): void {
  const editor = entry.editor as HTMLElement;
  editor.focus({ preventScroll: true });
  if (caret === null) return;
  const snap = entry.driver.read(editor);
  if (snap.caret() === caret || caret > snap.text.length) return;
  if (entry.driver.kind === 'textarea') {
    (editor as HTMLTextAreaElement).setSelectionRange(caret, caret);
    return;
  }
  const range = snap.toRange(caret, caret);
  const selection = editor.ownerDocument.getSelection();
  if (!range || !selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}
