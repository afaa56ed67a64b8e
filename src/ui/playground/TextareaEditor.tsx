/** A plain <textarea>, controlled: the draft lives in the parent's state. */
interface Props {
  label: string;
  value: string;
  onChange: (text: string) => void;
}

export function TextareaEditor({ label, value, onChange }: Props) {
  return (
    <textarea
      class="editor editor-textarea"
      data-editor="textarea"
      aria-label={label}
      spellcheck={false}
      rows={6}
      value={value}
      onInput={(event) => onChange(event.currentTarget.value)}
    />
  );
}
