/** Every pack in use (built-in, profile, policy, the user's) with its problems; the user's can be switched off or removed. */
import type { Translate, UiKey, UiLang } from '../../i18n';
import { PackImport } from './PackImport';
import { IssueList } from './IssueList';
import type { OptionsActions, OptionsData, PackView } from './types';

const ORIGIN: Readonly<Record<PackView['origin'], UiKey>> = {
  builtin: 'packsOriginBuiltin',
  profile: 'packsOriginProfile',
  policy: 'packsOriginPolicy',
  user: 'packsOriginUser',
};

export function PacksSection({ data, actions, t, lang }: { data: OptionsData; actions: OptionsActions; t: Translate; lang: UiLang }) {
  return (
    <section aria-labelledby="packs-title" data-section="packs">
      <h2 id="packs-title">{t('packsTitle')}</h2>
      <p class="muted">{t('packsIntro')}</p>
      <ul class="packs">
        {data.packs.map((pack) => (
          <li key={`${pack.origin}:${pack.id}`} data-origin={pack.origin} data-pack={pack.id} data-enabled={String(pack.enabled)}>
            <strong>{pack.name?.[lang] ?? pack.name?.zh ?? pack.name?.en ?? pack.id}</strong> <span class="tag">{t(ORIGIN[pack.origin])}</span>{' '}
            <span class="muted">{pack.enabled ? t('packsRules', { count: pack.rules }) : t('packsDisabled')}</span>
            {pack.origin === 'user' && (
              <span class="row-actions">
                <button type="button" onClick={() => void actions.setPackEnabled(pack.id, !pack.enabled)}>{t(pack.enabled ? 'packsDisable' : 'packsEnable')}</button>
                <button type="button" onClick={() => void actions.removePack(pack.id)}>{t('packsRemove')}</button>
              </span>
            )}
            {pack.issues.length > 0 && (
              <details open={pack.origin === 'policy'}>
                <summary>
                  {t('packsProblems')} ({pack.issues.length})
                </summary>
                <IssueList issues={pack.issues} />
              </details>
            )}
          </li>
        ))}
      </ul>
      {data.allowUserPacks ? <PackImport actions={actions} t={t} /> : <p class="note">{t('packsUserNotAllowed')}</p>}
      <h3>{t('policyTitle')}</h3>
      {data.policyIssues.length ? (
        <div data-section="policy-issues">
          <p>{t('policyProblems')}</p>
          <IssueList issues={data.policyIssues} />
        </div>
      ) : (
        !data.packs.some((p) => p.origin === 'policy') && <p class="muted">{t('policyNone')}</p>
      )}
    </section>
  );
}
