/** A fieldset of radio buttons, one per choice, each labelled by its UI string. */
import type { Translate, UiKey } from '../../i18n';

export function RadioChoices<T extends string>(props: {
  name: string;
  choices: readonly (readonly [T, UiKey])[];
  value: T;
  onChoose: (value: T) => void;
  t: Translate;
  disabled?: boolean;
}) {
  const { name, choices, value, onChoose, t, disabled = false } = props;
  return (
    <fieldset disabled={disabled} data-section={name}>
      {choices.map(([choice, label]) => (
        <label key={choice} class="choice">
          <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChoose(choice)} /> {t(label)}
        </label>
      ))}
    </fieldset>
  );
}
