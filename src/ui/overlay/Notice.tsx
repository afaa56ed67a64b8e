/** A visible, dismissible message (role=alert), e.g. "not sent": ClinGuard never fails silently. */
import type { Translate } from '../../i18n';

interface Props {
  text: string;
  t: Translate;
  onClose: () => void;
}

export function Notice({ text, t, onClose }: Props) {
  return (
    <div class="cg-notice" role="alert">
      <span>{text}</span>
      <button type="button" class="cg-close" aria-label={t('cardClose')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
