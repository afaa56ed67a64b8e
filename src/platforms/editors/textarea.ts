/**
 * <textarea> and <input>: the text is the value. Edits go through execCommand('insertText') so the
 * browser records an undo step and fires a real input event; where that is refused, the native
 * value setter plus an InputEvent, which React-controlled fields also see (React tracks the value
 * through the prototype setter, so assigning `el.value` directly would be swallowed).
 */
import type { EditorDriver, TextSnapshot } from '../adapter';

type Field = HTMLTextAreaElement | HTMLInputElement;

export const textareaDriver: EditorDriver = {
  kind: 'textarea',
  read(editor) {
    const field = editor as Field;
    const text = field.value;
    return {
      text,
      toRange: () => null,
      caret: () => (field.selectionStart === null ? null : field.selectionStart),
    } satisfies TextSnapshot;
  },
  replace(editor, snap, start, end, text) {
    const field = editor as Field;
    if (field.value !== snap.text) return false;
    const expected = snap.text.slice(0, start) + text + snap.text.slice(end);
    field.focus();
    field.setSelectionRange(start, end);
    if (insertWithCommand(field, text) && field.value === expected) return true;
    if (field.value !== snap.text) return false; // the command half-applied: do not stack a second edit
    setNativeValue(field, expected);
    field.setSelectionRange(start + text.length, start + text.length);
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    return field.value === expected;
  },
};

/** execCommand is deprecated but is still the only way to edit a field with a native undo step. */
function insertWithCommand(field: Field, text: string): boolean {
  const doc = field.ownerDocument;
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function setNativeValue(field: Field, value: string): void {
  const view = field.ownerDocument.defaultView;
  const proto = field instanceof (view?.HTMLTextAreaElement ?? HTMLTextAreaElement)
    ? (view?.HTMLTextAreaElement ?? HTMLTextAreaElement).prototype
    : (view?.HTMLInputElement ?? HTMLInputElement).prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
}
