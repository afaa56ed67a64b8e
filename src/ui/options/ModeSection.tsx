/** Mode radio group; disabled with a note when the organisation's policy locks it. */
import type { Translate, UiKey } from '../../i18n';
import { RadioChoices } from './RadioChoices';
import type { Language, Mode, OptionsActions, OptionsData } from './types';

const MODES: readonly [Mode, UiKey][] = [
  ['observe', 'modeObserve'],
  ['warn', 'modeWarn'],
  ['enforce', 'modeEnforce'],
];
const LANGUAGES: readonly [Language, UiKey][] = [
  ['auto', 'languageAuto'],
  ['zh', 'appNameLocal'],
  ['en', 'appName'],
];

export function ModeSection({ data, actions, t }: { data: OptionsData; actions: OptionsActions; t: Translate }) {
  return (
    <section aria-labelledby="mode-title">
      <h2 id="mode-title">{t('modeLabel')}</h2>
      <RadioChoices name="mode" choices={MODES} value={data.mode} onChoose={(mode) => void actions.setMode(mode)} t={t} disabled={data.modeLocked} />
      {data.modeLocked && <p class="note" data-note="mode-locked">{t('modeLockedNote')}</p>}
      <label class="inline">
        {t('languageLabel')}{' '}
        <select value={data.language} onChange={(e) => void actions.setLanguage((e.currentTarget as HTMLSelectElement).value as Language)}>
          {LANGUAGES.map(([value, label]) => (
            <option key={value} value={value}>
              {value === 'zh' ? '中文' : value === 'en' ? 'English' : t(label)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
