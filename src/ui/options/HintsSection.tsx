/** Which stand-alone hints the overlay shows (settings.hints); warnings are not affected. */
import type { Translate, UiKey } from '../../i18n';
import type { Hints, OptionsActions, OptionsData } from './types';

const LEVELS: readonly [Hints, UiKey][] = [
  ['all', 'hintsAll'],
  ['identifiers', 'hintsIdentifiers'],
  ['none', 'hintsNone'],
];

export function HintsSection({ data, actions, t }: { data: OptionsData; actions: OptionsActions; t: Translate }) {
  return (
    <section aria-labelledby="hints-title">
      <h2 id="hints-title">{t('hintsLabel')}</h2>
      <p class="note">{t('hintsIntro')}</p>
      <fieldset data-section="hints">
        {LEVELS.map(([level, label]) => (
          <label key={level} class="choice">
            <input type="radio" name="hints" value={level} checked={data.hints === level} onChange={() => void actions.setHints(level)} /> {t(label)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
