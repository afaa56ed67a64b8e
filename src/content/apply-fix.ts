/**
 * Applies a finding's fix through the editor's own input path (driver.replace), only if the span
 * still holds the text that was analysed: the user may have typed since, and a fix aimed at stale
 * offsets would rewrite the wrong words. 'remove' deletes the span; 'reply' swaps the whole draft
 * for the polite redirect (a DM that should not be answered here at all).
 */
import type { Finding } from '../engine/types';
import type { EditorDriver } from '../platforms/adapter';

export function applyFix(editor: Element, driver: EditorDriver, finding: Finding, analysedText: string): boolean {
  const fix = finding.detail?.fix;
  if (!fix) return false;
  const snap = driver.read(editor);
  const expected = analysedText.slice(finding.start, finding.end);
  if (finding.end > snap.text.length || snap.text.slice(finding.start, finding.end) !== expected) return false;
  if (fix.kind === 'reply') return driver.replace(editor, snap, 0, snap.text.length, fix.text);
  return driver.replace(editor, snap, finding.start, finding.end, fix.kind === 'replace' ? fix.text : '');
}

/**
 * Every fix of one analysis, last span first so earlier offsets stay valid. A redirect reply
 * replaces the whole draft, so when there is one it is the only fix applied.
 * @returns how many fixes the editor took.
 */
export function applyAllFixes(editor: Element, driver: EditorDriver, findings: readonly Finding[], analysedText: string): number {
  const reply = findings.find((f) => f.detail?.fix?.kind === 'reply');
  if (reply) return applyFix(editor, driver, reply, analysedText) ? 1 : 0;
  const fixable = findings.filter((f) => f.detail?.fix).sort((a, b) => b.start - a.start || b.end - a.end);
  let applied = 0;
  let limit = Infinity;
  let text = analysedText;
  for (const finding of fixable) {
    if (finding.end > limit) continue; // overlaps a span already rewritten
    if (!applyFix(editor, driver, finding, text)) continue;
    applied++;
    limit = finding.start;
    text = driver.read(editor).text;
  }
  return applied;
}

/**
 * Runs an edit with the editor focused. When focus is elsewhere (our card or dialog), the editor
 * is focused first and the edit waits one task: Draft.js renders its focus change a task later
 * and, until then, edits against its old selection (in Firefox the fix became two undo steps).
 */
export function editWithFocus(editor: Element, edit: () => void): void {
  const root = editor.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  if (active && (active === editor || editor.contains(active))) {
    edit();
    return;
  }
  (editor as HTMLElement).focus();
  (editor.ownerDocument.defaultView ?? window).setTimeout(edit, 0);
}
