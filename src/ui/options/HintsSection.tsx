/** Which stand-alone hints the overlay shows (settings.hints); warnings are not affected. */
import type { Translate, UiKey } from '../../i18n';
import { RadioChoices } from './RadioChoices';
import type { HintLevel } from '../../engine/types';
import type { OptionsActions, OptionsData } from './types';

const LEVELS: readonly [HintLevel, UiKey][] = [
  ['all', 'hintsAll'],
  ['identifiers', 'hintsIdentifiers'],
  ['none', 'hintsNone'],
];

export function HintsSection({ data, actions, t }: { data: OptionsData; actions: OptionsActions; t: Translate }) {
  return (
    <section aria-labelledby="hints-title">
      <h2 id="hints-title">{t('hintsLabel')}</h2>
      <p class="note">{t('hintsIntro')}</p>
      <RadioChoices name="hints" choices={LEVELS} value={data.hints} onChoose={(level) => void actions.setHints(level)} t={t} />
    </section>
  );
}
