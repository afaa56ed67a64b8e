/** The toolbar popup: who we are, one line, and the way into the playground. */
import { translator, type UiLang } from '../../i18n';

interface Props {
  lang: UiLang;
  onOpenPlayground: () => void;
}

export function Popup({ lang, onOpenPlayground }: Props) {
  const t = translator(lang);
  return (
    <main class="popup">
      <h1>
        <img src="/icon/32.png" alt="" width={24} height={24} />
        {t('appName')} <span class="brand-local">{t('appNameLocal')}</span>
      </h1>
      <p>{t('tagline')}</p>
      <p class="muted">{t('popupLine')}</p>
      <button type="button" onClick={onOpenPlayground}>{t('openPlayground')}</button>
    </main>
  );
}
