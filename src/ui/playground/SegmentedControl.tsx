/** A small radio group styled as joined buttons (surface picker, language toggle). */
export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  label: string;
  name: string;
  value: T;
  options: readonly SegmentedOption<T>[];
  onChange: (value: T) => void;
}

export function SegmentedControl<T extends string>({ label, name, value, options, onChange }: Props<T>) {
  return (
    <fieldset class="segmented" data-control={name}>
      <legend>{label}</legend>
      <div class="segmented-options">
        {options.map((option) => (
          <label key={option.value} class={option.value === value ? 'is-selected' : undefined}>
            <input type="radio" name={name} value={option.value} checked={option.value === value} onChange={() => onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
