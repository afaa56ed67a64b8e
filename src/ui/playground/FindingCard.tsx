/** One finding: severity, category, rule id, the flagged words, the message, guidance and fix. */
import type { Finding } from '../../engine/types';
import type { Translate } from '../../i18n';
import { CATEGORY_LABEL, SEVERITY_LABEL } from '../labels';

interface Props {
  finding: Finding;
  text: string;
  t: Translate;
  onHover: (hovered: boolean) => void;
}

export function FindingCard({ finding, text, t, onHover }: Props) {
  const fix = finding.detail?.fix;
  return (
    <li
      class={`finding severity-${finding.severity}`}
      data-rule={finding.rule}
      data-category={finding.category}
      data-severity={finding.severity}
      tabIndex={0}
      onMouseEnter={() => onHover(true)}
      onMouseLeave={() => onHover(false)}
      onFocus={() => onHover(true)}
      onBlur={() => onHover(false)}
    >
      <div class="finding-head">
        <span class="severity-badge">{t(SEVERITY_LABEL[finding.severity])}</span>
        <span class="finding-category">{t(CATEGORY_LABEL[finding.category])}</span>
        <code class="finding-rule">{finding.rule}</code>
      </div>
      <q class="finding-text" aria-label={t('flaggedLabel')}>{text.slice(finding.start, finding.end)}</q>
      <p class="finding-message">{finding.message}</p>
      {fix && fix.kind !== 'remove' && (
        <p class="finding-fix">
          <span>{t(fix.kind === 'reply' ? 'fixReply' : 'fixLabel')}</span> {fix.text}
        </p>
      )}
      {fix?.kind === 'remove' && <p class="finding-fix">{t('fixRemove')}</p>}
      {finding.guidance.length > 0 && (
        <p class="finding-guidance">
          <span>{t('guidanceLabel')}</span>
          {finding.guidance.map((id) => (
            <code key={id} class="guidance-id">{id}</code>
          ))}
        </p>
      )}
    </li>
  );
}
