/** The toolbar popup: who we are, the current mode and last week's counts, and the ways into the playground and settings. */
import { translator, type UiKey, type UiLang } from '../../i18n';

export interface PopupStatus {
  mode: 'observe' | 'warn' | 'enforce';
  counts: { asked: number; posted: number; fixed: number; observed: number };
  problems: number;
}

interface Props {
  lang: UiLang;
  status: PopupStatus | null;
  onOpenPlayground: () => void;
  onOpenOptions: () => void;
}

const MODE_LABEL: Readonly<Record<PopupStatus['mode'], UiKey>> = { observe: 'modeObserve', warn: 'modeWarn', enforce: 'modeEnforce' };

export function Popup({ lang, status, onOpenPlayground, onOpenOptions }: Props) {
  const t = translator(lang);
  return (
    <main class="popup">
      <h1>
        <img src="/icon/32.png" alt="" width={24} height={24} />
        {t('appName')} <span class="brand-local">{t('appNameLocal')}</span>
      </h1>
      <p>{t('tagline')}</p>
      {status && (
        <div data-status={status.mode}>
          <p>
            <strong>{t('popupMode', { mode: t(MODE_LABEL[status.mode]) })}</strong>
          </p>
          <p class="muted" data-counts>
            {t('popupCounts', status.counts)}
          </p>
          {status.problems > 0 && <p class="note">{t('popupProblems', { count: status.problems })}</p>}
        </div>
      )}
      <p class="muted">{t('popupLine')}</p>
      <button type="button" onClick={onOpenPlayground}>{t('openPlayground')}</button>{' '}
      <button type="button" onClick={onOpenOptions}>{t('openOptions')}</button>
    </main>
  );
}
