/** The local audit (metadata only), newest first, with JSON export. */
import type { Translate, UiLang } from '../../i18n';
import type { OptionsActions, OptionsData } from './types';

export function AuditSection({ data, actions, t, lang }: { data: OptionsData; actions: OptionsActions; t: Translate; lang: UiLang }) {
  const rows = [...data.audit].reverse();
  const when = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section aria-labelledby="audit-title" data-section="audit">
      <h2 id="audit-title">{t('auditTitle')}</h2>
      <p class="muted">{t('auditIntro')}</p>
      <p>
        <button type="button" disabled={!rows.length} onClick={() => actions.exportAudit()}>{t('auditExport')}</button>{' '}
        <button type="button" disabled={!rows.length} onClick={() => void actions.clearAudit()}>{t('auditClear')}</button>
      </p>
      {rows.length === 0 ? (
        <p class="muted">{t('auditEmpty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('auditTime')}</th>
              <th>{t('auditSite')}</th>
              <th>{t('modeLabel')}</th>
              <th>{t('auditAction')}</th>
              <th>{t('auditRules')}</th>
              <th>{t('auditReason')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, 200).map((row, i) => (
              <tr key={i}>
                <td>{when.format(row.time)}</td>
                <td>{row.site} · {row.surface}</td>
                <td>{row.mode}</td>
                <td>{row.action}</td>
                <td>{[...new Set(row.rules)].join(', ')}</td>
                <td>{row.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
