/**
 * One editor's finding count, coloured by its most serious finding. A real <button>: click,
 * Enter or Space opens the panel listing every finding.
 */
import type { Translate } from '../../i18n';
import type { BadgeView } from './types';

interface Props {
  badge: BadgeView;
  t: Translate;
  open: boolean;
  onOpen: (editorId: number) => void;
}

export function Badge({ badge, t, open, onOpen }: Props) {
  const label = t('badgeLabel', { count: badge.count });
  return (
    <button
      type="button"
      class="cg-badge"
      data-severity={badge.severity}
      data-editor={badge.editorId}
      aria-label={label}
      aria-haspopup="dialog"
      aria-expanded={open}
      title={`${label} (Alt+Shift+L)`}
      style={{ left: `${badge.box.left}px`, top: `${badge.box.top}px` }}
      onClick={() => onOpen(badge.editorId)}
    >
      {badge.count}
    </button>
  );
}
