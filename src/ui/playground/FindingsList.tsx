/** The findings of one draft, in text order, or a quiet note when there are none. */
import type { Finding } from '../../engine/types';
import type { Translate } from '../../i18n';
import { FindingCard } from './FindingCard';

interface Props {
  text: string;
  findings: readonly Finding[];
  t: Translate;
  onActivate: (index: number | null) => void;
}

export function FindingsList({ text, findings, t, onActivate }: Props) {
  return (
    <section class="findings" aria-live="polite">
      <h3>
        {t('findingsTitle')} <span class="count" data-count={findings.length}>{t('findingsCount', { count: findings.length })}</span>
      </h3>
      {findings.length === 0 ? (
        <p class="no-findings">{t('noFindings')}</p>
      ) : (
        <ul class="findings-list">
          {findings.map((finding, index) => (
            <FindingCard
              key={`${finding.rule}@${finding.start}`}
              finding={finding}
              text={text}
              t={t}
              onHover={(hovered) => onActivate(hovered ? index : null)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
