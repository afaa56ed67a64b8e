/**
 * A contenteditable editor, uncontrolled like the composers on real sites: Preact fills it once
 * and then only reads it, so the caret and the browser's undo history stay intact.
 */
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  label: string;
  initialText: string;
  onChange: (text: string) => void;
}

export function EditableEditor({ label, initialText, onChange }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.textContent = initialText;
    // Filled once on mount; later prop changes must not overwrite what the user typed.
  }, []);
  return (
    <div
      ref={ref}
      class="editor editor-editable"
      data-editor="contenteditable"
      role="textbox"
      aria-multiline="true"
      aria-label={label}
      contentEditable
      spellcheck={false}
      // innerText, not textContent: it turns the <div>/<br> that Enter inserts into newlines.
      onInput={(event) => onChange(event.currentTarget.innerText)}
    />
  );
}
