/** The options page: mode, hints, profile, packs and policy, audit. Data and actions come as props. */
import { translator, type UiLang } from '../../i18n';
import { AuditSection } from './AuditSection';
import { HintsSection } from './HintsSection';
import { ModeSection } from './ModeSection';
import { PacksSection } from './PacksSection';
import { ProfileSection } from './ProfileSection';
import type { OptionsActions, OptionsData } from './types';

export function Options({ data, actions, lang }: { data: OptionsData; actions: OptionsActions; lang: UiLang }) {
  const t = translator(lang);
  return (
    <main class="options" lang={lang === 'zh' ? 'zh-CN' : 'en'} data-ready="true">
      <h1>
        <img src="/icon/32.png" alt="" width={24} height={24} /> {t('optionsTitle')}
      </h1>
      <ModeSection data={data} actions={actions} t={t} />
      <HintsSection data={data} actions={actions} t={t} />
      <ProfileSection data={data} actions={actions} t={t} />
      <PacksSection data={data} actions={actions} t={t} lang={lang} />
      <AuditSection data={data} actions={actions} t={t} lang={lang} />
    </main>
  );
}
