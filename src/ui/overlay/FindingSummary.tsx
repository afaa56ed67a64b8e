/** What is wrong and why: severity, category, the one-sentence message and the cited guidance. */
import type { Finding } from '../../engine/types';
import type { Translate, UiLang } from '../../i18n';
import { CATEGORY_LABEL, SEVERITY_LABEL } from '../labels';
import type { GuidanceTitles } from './types';

interface Props {
  finding: Finding;
  t: Translate;
  lang: UiLang;
  guidance: GuidanceTitles;
  /** Heading id, so the card can be labelled by it. */
  headingId?: string;
}

export function FindingSummary({ finding, t, lang, guidance, headingId }: Props) {
  return (
    <>
      <div class="cg-card-head" id={headingId}>
        <span class="cg-sev">{t(SEVERITY_LABEL[finding.severity])}</span>
        <span class="cg-category">{t(CATEGORY_LABEL[finding.category])}</span>
      </div>
      <p class="cg-message">{finding.message}</p>
      {finding.guidance.length > 0 && (
        <ul class="cg-why" aria-label={t('cardWhy')}>
          {finding.guidance.map((id) => (
            <li key={id}>
              <code>{id}</code> {guidance[id]?.[lang] ?? ''}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
